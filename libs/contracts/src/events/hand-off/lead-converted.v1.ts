import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { AssignmentTrack } from '../../lexicon';
import { RepDecision } from './rep-decision';

export const leadConvertedV1 = defineEvent({
  type: 'hand-off.lead.converted.v1',
  producer: 'hand-off',
  description: 'Sales qualified a lead and opened an opportunity for it.',
  consumers: ['scoring', 'rewards'],
  payload: RepDecision.extend({ opportunityId: z.string().min(1), track: AssignmentTrack }),
});
