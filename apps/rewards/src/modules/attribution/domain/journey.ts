export interface JourneyTouchpoint {
  touchpointId: string;
  occurredAt: Date;
  /** The touch that made the person a lead (the captured event's touchpoint). */
  isLeadCreation: boolean;
}

/** The touches that led to an opportunity, oldest first, with the positions the models single out. */
export interface Journey<T extends JourneyTouchpoint = JourneyTouchpoint> {
  touchpoints: T[];
  leadCreationIndex: number;
  /** The touch closest before the opportunity was opened; the journey ends there. */
  opportunityCreationIndex: number;
  endsAt: Date;
}

const chronological = (a: JourneyTouchpoint, b: JourneyTouchpoint) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || (a.touchpointId < b.touchpointId ? -1 : a.touchpointId > b.touchpointId ? 1 : 0);

/**
 * Touches after the opportunity was opened did not create it and earn nothing. Without any touch
 * before that moment there is nothing to credit, and the journey is null.
 */
export function buildJourney<T extends JourneyTouchpoint>(touchpoints: readonly T[], opportunityOpenedAt: Date): Journey<T> | null {
  const before = touchpoints.filter((touch) => touch.occurredAt.getTime() <= opportunityOpenedAt.getTime()).sort(chronological);
  if (before.length === 0) return null;
  const leadCreationIndex = Math.max(
    0,
    before.findIndex((touch) => touch.isLeadCreation),
  );
  return {
    touchpoints: before,
    leadCreationIndex,
    opportunityCreationIndex: before.length - 1,
    endsAt: opportunityOpenedAt,
  };
}
