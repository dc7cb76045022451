import { featureNames, leadFeatures } from './lead-features';

const asOf = new Date('2026-11-20T00:00:00.000Z');
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 86_400_000);

describe('leadFeatures', () => {
  it('turns facts and recent activity into numbers, tolerating missing facts', () => {
    const features = leadFeatures(
      { isFreeMail: { value: false }, jobTitle: { value: 'VP Sales' }, employeeCount: { value: 999 } },
      [
        { type: 'page_view', occurredAt: daysAgo(1), url: 'https://x.nl/pricing' },
        { type: 'page_view', occurredAt: daysAgo(2) },
        { type: 'meeting_booked', occurredAt: daysAgo(120) },
      ],
      asOf,
    );
    expect(Object.keys(features).sort()).toEqual([...featureNames].sort());
    expect(features).toMatchObject({ businessEmail: 1, freeMail: 0, seniority: 3, companySize: 3, targetAccount: 0 });
    expect(features.recent_page_view).toBeCloseTo(Math.log1p(2));
    expect(features.recent_meeting_booked).toBe(0);
    expect(features.pricingPageViews).toBeCloseTo(Math.log1p(1));
    expect(features.quietDays).toBeCloseTo(1 / 90);
  });

  it('gives a lead with nothing known all zeros but the quiet flag', () => {
    const features = leadFeatures({}, [], asOf);
    expect(features.quietDays).toBe(1);
    expect(Object.entries(features).filter(([name, value]) => name !== 'quietDays' && value !== 0)).toEqual([]);
  });
});
