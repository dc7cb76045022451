import { allFakers, Faker } from '@faker-js/faker';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { ActivityType, RejectionReason } from '@accord/contracts';
import { Campaign, campaigns, Market, markets } from './demo-company';

const day = 86_400_000;

export interface LeadRequestBody {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  jobTitle: string;
  company: string;
  country: string;
  campaign: string;
  medium: string;
  utm: { source: string; medium: string; campaign: string };
  clickIds: Partial<Record<'gclid' | 'fbclid' | 'liFatId', string>>;
  landingPage: string;
  occurredAt: string;
  consent: { marketing: boolean };
}

export interface PlannedActivity {
  type: ActivityType;
  occurredAt: string;
  url: string;
}

export interface PlannedOutcome {
  outcome: 'won' | 'lost';
  amountMinor: number;
  currency: 'EUR';
  closedAt: string;
  lostReason: string | null;
}

/** What sales will do with the lead once it is theirs; a lead never assigned to a rep keeps none of it. */
export type Verdict =
  | { kind: 'pending' }
  | { kind: 'reject'; reason: RejectionReason; note: string }
  | { kind: 'recycle'; note: string }
  | { kind: 'accept'; convert: boolean; delegateToMarketing: boolean; outcome: PlannedOutcome | null };

export interface PlannedLead {
  campaign: Campaign;
  market: Market;
  request: LeadRequestBody;
  activities: PlannedActivity[];
  verdict: Verdict;
}

export interface PlanOptions {
  leads: number;
  weeks: number;
  seed: number;
  now: Date;
}

const seniorTitles = ['Head of Logistics', 'VP Operations', 'Chief Operating Officer', 'Director of Supply Chain', 'Head of Warehouse Automation', 'CTO', 'Operations Director'];
const otherTitles = ['Student', 'Intern', 'Warehouse Associate', 'Consultant', 'Journalist', 'Analyst'];
const freeMailDomains = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'hotmail.fr'];
const activityWeights: [ActivityType, number][] = [
  ['page_view', 10],
  ['email_open', 6],
  ['email_click', 4],
  ['content_download', 2],
  ['webinar_registration', 2],
  ['webinar_attendance', 1],
  ['form_submission', 1],
  ['meeting_booked', 1],
  ['product_signup', 1],
];
const rejectionWeights: [RejectionReason, number][] = [
  ['bad_fit', 4],
  ['no_budget', 3],
  ['too_early', 3],
  ['unreachable', 2],
  ['wrong_contact', 2],
  ['competitor', 1],
  ['duplicate', 1],
];

function weighted<Item>(faker: Faker, items: [Item, number][]): Item {
  return faker.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'company'
  );
}

function localPart(firstName: string, lastName: string): string {
  return slug(`${firstName}.${lastName}`).replace(/-/g, '.');
}

function outcomeOf(faker: Faker, capturedAt: number, now: number): PlannedOutcome | null {
  const roll = faker.number.float({ min: 0, max: 1 });
  if (roll > 0.8) return null; // still open
  // Deal sizes are log-normal-ish: most are a few robots, a few are whole warehouses.
  const amountEuros = Math.round(Math.exp(faker.number.float({ min: Math.log(6_000), max: Math.log(180_000) })) / 100) * 100;
  const closedAt = new Date(Math.min(now - 3_600_000, capturedAt + faker.number.int({ min: 10, max: 45 }) * day));
  const won = roll < 0.45;
  return {
    outcome: won ? 'won' : 'lost',
    amountMinor: amountEuros * 100,
    currency: 'EUR',
    closedAt: closedAt.toISOString(),
    lostReason: won ? null : faker.helpers.arrayElement(['chose a competitor', 'budget frozen', 'project postponed', 'built in-house']),
  };
}

function verdictOf(faker: Faker, capturedAt: number, now: number): Verdict {
  const roll = faker.number.float({ min: 0, max: 1 });
  if (roll < 0.12) return { kind: 'pending' };
  if (roll < 0.3) return { kind: 'reject', reason: weighted(faker, rejectionWeights), note: faker.helpers.arrayElement(['Called twice, no project this year.', 'Not the decision maker.', 'Too small for a fleet.', '']) };
  if (roll < 0.36) return { kind: 'recycle', note: 'Interested next budget year; back to nurturing.' };
  const convert = faker.number.float({ min: 0, max: 1 }) < 0.6;
  return {
    kind: 'accept',
    convert,
    delegateToMarketing: faker.number.float({ min: 0, max: 1 }) < 0.08,
    outcome: convert ? outcomeOf(faker, capturedAt, now) : null,
  };
}

/**
 * The traffic of a few simulated weeks, the same for the same seed: leads from several campaigns
 * and countries (most a fit, some students and free-mail addresses), their engagement after
 * capture, and what sales will do with each.
 */
export function planTraffic(options: PlanOptions): PlannedLead[] {
  const now = options.now.getTime();
  const span = options.weeks * 7 * day;
  return Array.from({ length: options.leads }, (_, index) => {
    const seedFaker = allFakers.en;
    seedFaker.seed(options.seed * 100_003 + index);
    const market = weighted(seedFaker, markets.map((candidate) => [candidate, candidate.weight]));
    const campaign = weighted(seedFaker, campaigns.map((candidate) => [candidate, candidate.weight]));
    const faker = allFakers[market.locale];
    faker.seed(options.seed * 100_003 + index);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const company = faker.company.name();
    // Faker's numbers follow each country's format but not always a real numbering plan; capture rejects those.
    const phone = faker.phone.number({ style: 'international' });
    const isFit = faker.number.float({ min: 0, max: 1 }) < 0.78;
    const domain = isFit ? `${slug(company)}.${market.topLevelDomain}` : faker.helpers.arrayElement(freeMailDomains);
    // Earlier weeks get less traffic than recent ones: the campaigns ramp up.
    const capturedAt = now - Math.floor(span * faker.number.float({ min: 0, max: 1 }) ** 1.4) - 60_000;
    const clickIds = campaign.clickId ? { [campaign.clickId]: faker.string.alphanumeric(24) } : {};
    const activityCount = faker.number.int({ min: 0, max: isFit ? 9 : 3 });
    const activities = Array.from({ length: activityCount }, () => ({
      type: weighted(faker, activityWeights),
      occurredAt: new Date(faker.number.int({ min: capturedAt, max: now - 60_000 })).toISOString(),
      url: `${campaign.landingPage}${faker.helpers.arrayElement(['', '/pricing', '/case-studies', '/specs'])}`,
    }));
    return {
      campaign,
      market,
      request: {
        email: `${localPart(firstName, lastName)}.${index}@${domain}`,
        firstName,
        lastName,
        phone: isValidPhoneNumber(phone) ? phone : null,
        jobTitle: isFit ? faker.helpers.arrayElement(seniorTitles) : faker.helpers.arrayElement(otherTitles),
        company,
        country: market.country,
        campaign: campaign.name,
        medium: campaign.medium,
        utm: { source: campaign.source, medium: campaign.medium, campaign: campaign.name },
        clickIds,
        landingPage: campaign.landingPage,
        occurredAt: new Date(capturedAt).toISOString(),
        consent: { marketing: faker.number.float({ min: 0, max: 1 }) < 0.85 },
      },
      activities,
      verdict: verdictOf(faker, capturedAt, now),
    };
  });
}
