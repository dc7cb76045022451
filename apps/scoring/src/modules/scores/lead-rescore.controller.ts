import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { LeadId } from '@accord/contracts';
import { ProblemException, Roles, ZodValidationPipe } from '@accord/platform';
import { RescoreLeadUseCase } from './rescore-lead.usecase';

@Controller('v1/leads')
export class LeadRescoreController {
  constructor(private readonly rescoreLead: RescoreLeadUseCase) {}

  @Roles('admin')
  @Post(':id/score/rerun')
  @HttpCode(200)
  async rerun(@Param('id', new ZodValidationPipe(LeadId)) leadId: string) {
    const result = await this.rescoreLead.execute(leadId);
    if (!result) throw new ProblemException(404, 'Lead not scored', `No score is known for lead ${leadId}.`);
    return result;
  }
}
