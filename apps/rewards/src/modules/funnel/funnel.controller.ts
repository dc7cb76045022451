import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { FunnelRepository } from './funnel.repository';

@Controller('v1')
export class FunnelController {
  constructor(private readonly funnel: FunnelRepository) {}

  @Get('funnel/leads/:id')
  async lead(@Param('id', new ParseUUIDPipe()) id: string) {
    const lead = await this.funnel.findLead(id);
    if (!lead) throw new ProblemException(404, 'Lead not in the funnel', `No funnel entry for lead ${id}.`);
    return lead;
  }
}
