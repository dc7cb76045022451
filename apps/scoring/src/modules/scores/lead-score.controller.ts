import { Controller, Get, Param } from '@nestjs/common';
import { LeadId } from '@accord/contracts';
import { ProblemException, ZodValidationPipe } from '@accord/platform';
import { ReadLeadScoreUseCase } from './read-lead-score.usecase';

@Controller('v1/leads')
export class LeadScoreController {
  constructor(private readonly readScore: ReadLeadScoreUseCase) {}

  @Get(':id/score')
  async score(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const score = await this.readScore.execute(leadId);
    if (!score) throw new ProblemException(404, 'Lead not scored', `No score is known for lead ${leadId}.`);
    return score;
  }
}
