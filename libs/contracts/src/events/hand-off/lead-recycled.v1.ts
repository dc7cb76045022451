import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { RepDecision } from './rep-decision';

export const leadRecycledV1 = defineEvent({
  type: 'hand-off.lead.recycled.v1',
  producer: 'hand-off',
  description: 'Sales sent a lead back to marketing to nurture.',
  consumers: ['scoring', 'rewards'],
  payload: RepDecision.extend({ note: z.string().max(2000).nullable() }),
});
