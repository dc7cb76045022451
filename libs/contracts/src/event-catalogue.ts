import { EventDefinition, PayloadOf } from './define-event';
import { EventEnvelope } from './envelope';
import {
  leadAcceptedV1,
  leadAssignedV1,
  leadCapturedV1,
  leadConvertedV1,
  leadErasedV1,
  leadEnrichedV1,
  leadRecycledV1,
  leadRejectedV1,
  leadScoredV1,
  leadStageChangedV1,
  opportunityClosedV1,
  slaBreachedV1,
  slaRemindedV1,
  opportunityOutcomeV1,
  touchpointRecordedV1,
  activityRecordedV1,
  leadSubmittedV1,
  dealAttributedV1,
  enrichmentErasureCompletedV1,
  scoringErasureCompletedV1,
  handOffErasureCompletedV1,
  rewardsErasureCompletedV1,
} from './events';

/** Every event version Accord publishes. A topic is named after its event type. */
export const eventCatalogue = [
  leadCapturedV1,
  touchpointRecordedV1,
  leadErasedV1,
  leadEnrichedV1,
  leadScoredV1,
  leadStageChangedV1,
  leadAssignedV1,
  leadAcceptedV1,
  leadRejectedV1,
  leadRecycledV1,
  leadConvertedV1,
  opportunityClosedV1,
  slaBreachedV1,
  slaRemindedV1,
  opportunityOutcomeV1,
  activityRecordedV1,
  leadSubmittedV1,
  dealAttributedV1,
  enrichmentErasureCompletedV1,
  scoringErasureCompletedV1,
  handOffErasureCompletedV1,
  rewardsErasureCompletedV1,
] as const;

type CatalogueEntry = (typeof eventCatalogue)[number];
export type EventType = CatalogueEntry['type'];
export type EventPayload<Type extends EventType> = PayloadOf<Extract<CatalogueEntry, { type: Type }>>;
export type AccordEvent<Type extends EventType = EventType> = EventEnvelope<Type, EventPayload<Type>>;

const definitionsByType = new Map<string, EventDefinition>(
  eventCatalogue.map((definition) => [definition.type, definition]),
);

export function findEventDefinition(type: string): EventDefinition | undefined {
  return definitionsByType.get(type);
}

export function isEventType(type: string): type is EventType {
  return definitionsByType.has(type);
}
