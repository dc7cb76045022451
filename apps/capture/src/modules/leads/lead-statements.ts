import { uuidv7 } from 'uuidv7';
import { LeadSubmission, MatchedBy } from './domain/lead-submission';

// SQL the lead repository's statements share. Parameters are numbered from each fragment's `first`,
// so one statement can hold several fragments; the matching values function lists them in order.

const numbered = (first: number, casts: string[]) => casts.map((cast, index) => `$${first + index}::${cast}`);

const leadCasts = ['uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'boolean'];

/** Inserts the lead unless its e-mail is known, returning its id: nothing on a conflict. */
export function insertLeadUnlessEmailKnown(first: number): string {
  return `INSERT INTO leads (id, email, first_name, last_name, phone, phone_e164, job_title, company, country, is_test, updated_at)
    VALUES (${numbered(first, leadCasts).join(', ')}, now())
    ON CONFLICT (email) DO NOTHING RETURNING id`;
}

export function leadValues(leadId: string, submission: LeadSubmission): unknown[] {
  const { person } = submission;
  return [
    leadId, person.email, person.firstName, person.lastName, person.phone, submission.phoneE164,
    person.jobTitle, person.company, person.country, submission.isTest,
  ];
}

const touchpointCasts = [
  'uuid', ...Array<string>(15).fill('text'), 'boolean', 'text', 'text', 'bytea', 'timestamptz',
];
const consentCasts = ['uuid[]', 'text[]', 'boolean[]', 'text[]', 'text[]', 'timestamptz[]'];

/**
 * CTEs `touchpoint` and `consent`: the submission's touchpoint and consent records for the lead in
 * `leadSource` (a CTE or subquery with an `id` column and at most one row); nothing when it is empty.
 */
export function insertTouchpointFor(leadSource: string, first: number): string {
  const consent = numbered(first + touchpointCasts.length, consentCasts);
  return `touchpoint AS (
      INSERT INTO touchpoints (id, channel, source, form, campaign, medium, utm_source, utm_medium, utm_campaign, utm_term,
                               utm_content, gclid, fbclid, li_fat_id, landing_page, referrer, consent_marketing, matched_by,
                               external_id, raw_payload_encrypted, occurred_at, lead_id)
      SELECT value.*, ${leadSource}.id FROM ${leadSource},
             (VALUES (${numbered(first, touchpointCasts).join(', ')})) AS value
      RETURNING id, lead_id
    ),
    consent AS (
      INSERT INTO consents (id, lead_id, touchpoint_id, purpose, granted, text_version, source, recorded_at)
      SELECT consent.id, touchpoint.lead_id, touchpoint.id, consent.purpose, consent.granted, consent.text_version,
             consent.source, consent.recorded_at
      FROM touchpoint, unnest(${consent.join(', ')}) AS consent(id, purpose, granted, text_version, source, recorded_at)
    )`;
}

export function touchpointValues(
  touchpointId: string,
  submission: LeadSubmission,
  matchedBy: MatchedBy | null,
  sealedPayload: Buffer | null,
): unknown[] {
  const { touchpoint, consents } = submission;
  const { utm, clickIds } = touchpoint;
  return [
    touchpointId, touchpoint.channel, touchpoint.source, touchpoint.form, touchpoint.campaign, touchpoint.medium,
    utm.source, utm.medium, utm.campaign, utm.term, utm.content, clickIds.gclid, clickIds.fbclid, clickIds.liFatId,
    touchpoint.landingPage, touchpoint.referrer, submission.marketingConsent, matchedBy, submission.externalId,
    sealedPayload ? new Uint8Array(sealedPayload) : null, touchpoint.occurredAt,
    consents.map(() => uuidv7()), consents.map((consent) => consent.purpose), consents.map((consent) => consent.granted),
    consents.map((consent) => consent.textVersion), consents.map((consent) => consent.source),
    consents.map((consent) => consent.recordedAt),
  ];
}
