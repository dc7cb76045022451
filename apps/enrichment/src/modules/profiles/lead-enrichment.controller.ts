import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { LeadId } from '@accord/contracts';
import { ProblemException, Roles, ZodValidationPipe } from '@accord/platform';
import { ProfileRepository } from './profile.repository';
import { RerunEnrichmentUseCase } from './rerun-enrichment.usecase';

@Controller('v1/leads')
export class LeadEnrichmentController {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly rerunEnrichment: RerunEnrichmentUseCase,
  ) {}

  /** The lead's facts with their provenance, and every change to them, oldest first. */
  @Get(':id/enrichment')
  async enrichment(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const found = await this.profiles.findWithHistory(leadId);
    if (!found) throw new ProblemException(404, 'Lead not found', `No enrichment is known for lead ${leadId}.`);
    return {
      leadId,
      enrichedAt: found.profile.enrichedAt.toISOString(),
      facts: found.profile.facts,
      history: found.history,
    };
  }

  /** Runs the providers again from the stored details; a changed fact is published as usual. */
  @Roles('admin')
  @Post(':id/enrichment/rerun')
  @HttpCode(200)
  async rerun(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const result = await this.rerunEnrichment.execute(leadId);
    if (result.outcome === 'unknown-lead') throw new ProblemException(404, 'Lead not found', `No enrichment is known for lead ${leadId}.`);
    return { leadId, ...result };
  }
}
