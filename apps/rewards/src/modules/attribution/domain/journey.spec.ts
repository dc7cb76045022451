import { buildJourney } from './journey';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day));

describe('buildJourney', () => {
  it('orders touches, ends at the last touch before the opportunity opened and finds the lead-creation touch', () => {
    const journey = buildJourney(
      [
        { touchpointId: 'c', occurredAt: at(5), isLeadCreation: false },
        { touchpointId: 'after', occurredAt: at(30), isLeadCreation: false },
        { touchpointId: 'a', occurredAt: at(1), isLeadCreation: false },
        { touchpointId: 'b', occurredAt: at(2), isLeadCreation: true },
      ],
      at(10),
    );
    expect(journey?.touchpoints.map((t) => t.touchpointId)).toEqual(['a', 'b', 'c']);
    expect(journey?.leadCreationIndex).toBe(1);
    expect(journey?.opportunityCreationIndex).toBe(2);
  });

  it('orders touches at the same instant by id and treats the first as lead creation when none is marked', () => {
    const journey = buildJourney(
      [
        { touchpointId: 'y', occurredAt: at(1), isLeadCreation: false },
        { touchpointId: 'x', occurredAt: at(1), isLeadCreation: false },
      ],
      at(1),
    );
    expect(journey?.touchpoints.map((t) => t.touchpointId)).toEqual(['x', 'y']);
    expect(journey?.leadCreationIndex).toBe(0);
  });

  it('has no journey without a touch before the opportunity', () => {
    expect(buildJourney([{ touchpointId: 'late', occurredAt: at(9), isLeadCreation: true }], at(3))).toBeNull();
    expect(buildJourney([], at(3))).toBeNull();
  });
});
