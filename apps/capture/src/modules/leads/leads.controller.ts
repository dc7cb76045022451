import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ProblemException, ZodValidationPipe } from '@accord/platform';
import { CaptureLeadUseCase } from './capture-lead.usecase';
import { LeadRepository } from './lead.repository';
import { LeadRequest, leadRequestSchema } from './lead-request.schema';

@Controller('v1/leads')
export class LeadsController {
  constructor(
    private readonly captureLead: CaptureLeadUseCase,
    private readonly leads: LeadRepository,
  ) {}

  /** 201 for a new person, 200 when the submission merged into the lead we already had. */
  @Post()
  @HttpCode(200)
  async capture(
    @Body(new ZodValidationPipe(leadRequestSchema)) request: LeadRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.captureLead.execute({
      person: {
        email: request.email,
        firstName: request.firstName,
        lastName: request.lastName,
        phone: request.phone,
        jobTitle: request.jobTitle,
        company: request.company,
        country: request.country,
      },
      touchpoint: {
        channel: 'api',
        source: request.source,
        campaign: request.campaign,
        medium: request.medium,
        occurredAt: new Date(),
        consentMarketing: request.consent.marketing,
      },
      isTest: request.isTest,
    });
    if (result.outcome === 'created') void reply.status(201).header('location', `/v1/leads/${result.leadId}`);
    return result;
  }

  @Get(':id')
  async findOne(@Param('id', new ParseUUIDPipe()) id: string) {
    const lead = await this.leads.findById(id);
    if (!lead) throw new ProblemException(404, 'Lead not found', `No lead has id ${id}.`);
    return lead;
  }
}
