import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EventId, LeadId } from '@accord/contracts';
import { OwnAuthentication, ProblemException, ZodValidationPipe } from '@accord/platform';
import { problemResponse } from '../../http/openapi';
import { AdminKeyGuard } from '../api-keys/admin-key.guard';
import { erasureReport } from './domain/erasure-report';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { ErasureRequestRepository } from './erasure-request.repository';
import { LeadErasureRepository } from './lead-erasure.repository';

const ErasureByEmail = z.object({ email: z.string().min(3).max(320) }).strict();

/**
 * The right to be forgotten: erase a person by lead id or by the e-mail they gave, then follow the
 * erasure in every service. Answers never echo the e-mail.
 */
@ApiTags('erasure')
@ApiBearerAuth('admin')
@ApiResponse({ status: 401, description: 'Not the admin key', ...problemResponse })
@ApiResponse({ status: 403, description: 'Not an administrator, or administration disabled (no ADMIN_API_KEY and authentication off)', ...problemResponse })
// capture's admin key or an administrator's platform credentials (AdminKeyGuard) authenticate these routes.
@OwnAuthentication()
@Controller('v1')
@UseGuards(AdminKeyGuard)
export class ErasuresController {
  constructor(
    private readonly eraseLead: EraseLeadUseCase,
    private readonly leads: LeadErasureRepository,
    private readonly erasures: ErasureRequestRepository,
  ) {}

  @Delete('leads/:id')
  @HttpCode(202)
  @ApiResponse({ status: 202, description: 'Erased here; the other services erase on capture.lead.erased.v1 and confirm' })
  @ApiResponse({ status: 404, description: 'No such lead', ...problemResponse })
  async eraseById(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const result = await this.eraseLead.execute(leadId);
    if (!result) throw new ProblemException(404, 'Lead not found', `No lead has id ${leadId}.`);
    return result;
  }

  @Post('erasures')
  @HttpCode(202)
  @ApiResponse({ status: 202, description: 'The lead of this e-mail address erased; follow erasureId' })
  @ApiResponse({ status: 404, description: 'No lead has this e-mail address', ...problemResponse })
  async eraseByEmail(@Body(new ZodValidationPipe(ErasureByEmail)) body: z.infer<typeof ErasureByEmail>) {
    const leadId = await this.leads.findByEmail(body.email);
    const result = leadId ? await this.eraseLead.execute(leadId) : null;
    if (!result) throw new ProblemException(404, 'Lead not found', 'No lead has this e-mail address.');
    return result;
  }

  @Get('erasures/:id')
  @ApiResponse({ status: 200, description: 'Per service: pending, or completed with its time and what it keeps' })
  @ApiResponse({ status: 404, description: 'No such erasure', ...problemResponse })
  async report(@Param('id', new ZodValidationPipe(EventId)) erasureId: string) {
    const erasure = await this.erasures.find(erasureId);
    if (!erasure) throw new ProblemException(404, 'Erasure not found', `No erasure has id ${erasureId}.`);
    return erasureReport(erasure);
  }
}
