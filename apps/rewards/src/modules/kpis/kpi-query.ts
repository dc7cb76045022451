import { z } from 'zod';
import { attributionModels } from '../attribution/domain/attribution-model';
import { QueryInstant } from '../attribution/attribution-query';
import { kpiGroupings, kpiPeriods } from './domain/kpi-figures';

export const KpiQueryParams = z
  .object({
    period: z.enum(kpiPeriods).default('month'),
    groupBy: z.enum(kpiGroupings).default('none'),
    from: QueryInstant.default(new Date(Date.UTC(2000, 0, 1))),
    to: QueryInstant.default(new Date(Date.UTC(9999, 0, 1))),
    model: z.enum(attributionModels).default('linear'),
  })
  .refine((query) => query.from < query.to, { message: 'from must be before to', path: ['to'] });
export type KpiQueryParams = z.infer<typeof KpiQueryParams>;
