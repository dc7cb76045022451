import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from '@accord/platform';
import { leadQualityFeedback } from './domain/lead-quality';
import { LeadQualityRepository } from './lead-quality.repository';

const day = 86_400_000;

const periodSchema = z
  .object({
    from: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
    to: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
  })
  .transform(({ from, to }) => {
    const end = to ?? new Date();
    return { from: from ?? new Date(end.getTime() - 30 * day), to: end };
  })
  .refine((period) => period.from < period.to, { message: 'must be before to', path: ['from'] });

/** What sales says about the leads marketing hands over: acceptance rate and rejection reasons. */
@Controller('v1/feedback')
export class LeadQualityController {
  constructor(private readonly decisions: LeadQualityRepository) {}

  @Get('lead-quality')
  async leadQuality(@Query(new ZodValidationPipe(periodSchema)) period: { from: Date; to: Date }) {
    const { byStatus, byReason } = await this.decisions.decisions(period.from, period.to);
    return { from: period.from.toISOString(), to: period.to.toISOString(), ...leadQualityFeedback(byStatus, byReason) };
  }
}
