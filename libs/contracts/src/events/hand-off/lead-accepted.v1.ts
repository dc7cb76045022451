import { defineEvent } from '../../define-event';
import { RepDecision } from './rep-decision';

export const leadAcceptedV1 = defineEvent({
  type: 'hand-off.lead.accepted.v1',
  producer: 'hand-off',
  description: 'Sales accepted a handed-off lead (it becomes a sales accepted lead).',
  consumers: ['scoring', 'rewards'],
  payload: RepDecision,
});
