import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LeadId } from '@accord/contracts';
import { OwnAuthentication, ProblemException, ZodValidationPipe } from '@accord/platform';
import { problemResponse } from '../../http/openapi';
import { AdminKeyGuard } from '../api-keys/admin-key.guard';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { LeadErasureRepository } from './lead-erasure.repository';

const notFound = (leadId: string) => new ProblemException(404, 'Lead not found', `No lead has id ${leadId}.`);

@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiResponse({ status: 401, description: 'Not the admin key', ...problemResponse })
@ApiResponse({ status: 403, description: 'Not an administrator, or administration disabled (no ADMIN_API_KEY and authentication off)', ...problemResponse })
// capture's admin key or an administrator's platform credentials (AdminKeyGuard) authenticate these routes.
@OwnAuthentication()
@Controller('v1/admin/leads')
@UseGuards(AdminKeyGuard)
export class LeadAdminController {
  constructor(
    private readonly leads: LeadErasureRepository,
    private readonly eraseLead: EraseLeadUseCase,
  ) {}

  /** Where the lead stands for an operator, without its personal data. */
  @Get(':id')
  @ApiResponse({ status: 200, description: 'Created and erased times, touchpoint count and the last touchpoint' })
  @ApiResponse({ status: 404, description: 'No such lead', ...problemResponse })
  async status(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const status = await this.leads.status(leadId);
    if (!status) throw notFound(leadId);
    return status;
  }

  /** Repeating it erases nothing new and publishes the event again, so a service that missed it catches up. */
  @Post(':id/erasure')
  @HttpCode(200)
  @ApiResponse({ status: 200, description: 'Erased here; capture.lead.erased.v1 published for the other services' })
  @ApiResponse({ status: 404, description: 'No such lead', ...problemResponse })
  async erase(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const result = await this.eraseLead.execute(leadId);
    if (!result) throw notFound(leadId);
    return result;
  }
}
