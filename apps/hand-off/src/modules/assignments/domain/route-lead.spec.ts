import { defaultFallbackRouting, routeLead } from './route-lead';

describe('routeLead', () => {
  it('sends a lead to the fallback queue with the SLA counted from qualification', () => {
    const decision = routeLead(new Date('2026-11-02T09:00:00.000Z'), { queue: 'inbound', acceptWithinHours: 4 });
    expect(decision.assignee).toEqual({ kind: 'queue', id: 'inbound' });
    expect(decision.acceptDueAt.toISOString()).toBe('2026-11-02T13:00:00.000Z');
    expect(decision.reasons[0]).toContain('fallback queue inbound');
  });

  it('defaults to a four-hour acceptance window', () => {
    expect(defaultFallbackRouting.acceptWithinHours).toBe(4);
  });
});
