import { leadQualityFeedback } from './lead-quality';

describe('leadQualityFeedback', () => {
  it('counts sales decisions, the acceptance rate and every rejection reason of the lexicon', () => {
    const feedback = leadQualityFeedback(
      [
        { status: 'accepted', count: 5 },
        { status: 'converted', count: 1 },
        { status: 'rejected', count: 3 },
        { status: 'recycled', count: 1 },
        { status: 'assigned', count: 40 },
      ],
      [
        { reason: 'no_budget', count: 2 },
        { reason: 'bad_fit', count: 1 },
      ],
    );
    expect(feedback).toMatchObject({ decided: 10, accepted: 5, converted: 1, rejected: 3, recycled: 1, acceptanceRate: 0.6 });
    expect(feedback.rejectionsByReason).toMatchObject({ no_budget: 2, bad_fit: 1, spam: 0 });
  });

  it('has no acceptance rate before any decision', () => {
    expect(leadQualityFeedback([], []).acceptanceRate).toBeNull();
  });
});
