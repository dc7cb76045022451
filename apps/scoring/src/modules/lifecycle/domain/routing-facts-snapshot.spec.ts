import { routingFactsSnapshot } from './routing-facts-snapshot';

const observedAt = '2026-11-20T10:00:00.000Z';

describe('routingFactsSnapshot', () => {
  it('keeps only the routing facts, with their provenance', () => {
    const snapshot = routingFactsSnapshot({
      country: { value: 'DE', provider: 'company', observedAt } as never,
      employeeCount: { value: 250, provider: 'company', confidence: 0.8, observedAt } as never,
      jobTitle: { value: 'CMO', provider: 'submission', observedAt } as never,
    });
    expect(snapshot).toEqual({
      country: { value: 'DE', provider: 'company', observedAt },
      employeeCount: { value: 250, provider: 'company', confidence: 0.8, observedAt },
    });
  });

  it('leaves out facts that do not say who observed them and when', () => {
    expect(routingFactsSnapshot({ country: { value: 'FR' }, region: undefined })).toEqual({});
  });
});
