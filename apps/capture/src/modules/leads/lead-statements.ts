import { uuidv7 } from 'uuidv7';
import { LeadSubmission, MatchedBy } from './domain/lead-submission';

// SQL the lead repository's statements share. Rows travel as column arrays (the i-th element of each
// array belongs to the i-th row), so one statement text serves one lead or a group of them. Parameters
// are numbered from each fragment's `first`; the matching columns function lists them in order.

const numbered = (first: number, casts: string[]) => casts.map((cast, index) => `$${first + index}::${cast}[]`);

export interface NewLead {
  leadId: string;
  touchpointId: string;
  submission: LeadSubmission;
  sealedPayload: Buffer | null;
}

export interface NewTouchpoint extends NewLead {
  matchedBy: MatchedBy | null;
}

const leadCasts = ['uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'boolean'];

/** Inserts the leads whose e-mail is not known yet, returning the ids of those it created. */
export function insertLeadsUnlessEmailKnown(first: number): string {
  return `INSERT INTO leads (id, email, first_name, last_name, phone, phone_e164, job_title, company, country, is_test, updated_at)
    SELECT lead.*, now() FROM unnest(${numbered(first, leadCasts).join(', ')}) AS lead
    ON CONFLICT (email) DO NOTHING RETURNING id`;
}

export function leadColumns(leads: NewLead[]): unknown[][] {
  const rows = leads.map(({ leadId, submission }) => {
    const { person } = submission;
    return [
      leadId, person.email, person.firstName, person.lastName, person.phone, submission.phoneE164,
      person.jobTitle, person.company, person.country, submission.isTest,
    ];
  });
  return columnsOf(rows, leadCasts.length);
}

const touchpointCasts = [
  'uuid', 'uuid', ...Array<string>(15).fill('text'), 'boolean', 'text', 'text', 'text', 'timestamptz',
];
const consentCasts = ['uuid', 'uuid', 'text', 'boolean', 'text', 'text', 'timestamptz'];

/**
 * CTEs `touchpoint` and `consent`: each touchpoint with its consent records, for the leads in
 * `leadSource` (a CTE or subquery with an `id` column); a touchpoint whose lead is not there is skipped.
 */
export function insertTouchpointsFor(leadSource: string, first: number): string {
  const consent = numbered(first + touchpointCasts.length, consentCasts);
  return `touchpoint AS (
      INSERT INTO touchpoints (id, lead_id, channel, source, form, campaign, medium, utm_source, utm_medium, utm_campaign, utm_term,
                               utm_content, gclid, fbclid, li_fat_id, landing_page, referrer, consent_marketing, matched_by,
                               external_id, raw_payload_encrypted, occurred_at)
      SELECT value.id, value.lead_id, value.channel, value.source, value.form, value.campaign, value.medium, value.utm_source,
             value.utm_medium, value.utm_campaign, value.utm_term, value.utm_content, value.gclid, value.fbclid, value.li_fat_id,
             value.landing_page, value.referrer, value.consent_marketing, value.matched_by, value.external_id,
             decode(value.raw_payload, 'base64'), value.occurred_at
      FROM unnest(${numbered(first, touchpointCasts).join(', ')})
           AS value(id, lead_id, channel, source, form, campaign, medium, utm_source, utm_medium, utm_campaign, utm_term,
                    utm_content, gclid, fbclid, li_fat_id, landing_page, referrer, consent_marketing, matched_by, external_id,
                    raw_payload, occurred_at)
      JOIN ${leadSource} ON ${leadSource}.id = value.lead_id
      RETURNING id, lead_id
    ),
    consent AS (
      INSERT INTO consents (id, lead_id, touchpoint_id, purpose, granted, text_version, source, recorded_at)
      SELECT consent.id, touchpoint.lead_id, touchpoint.id, consent.purpose, consent.granted, consent.text_version,
             consent.source, consent.recorded_at
      FROM unnest(${consent.join(', ')}) AS consent(id, touchpoint_id, purpose, granted, text_version, source, recorded_at)
      JOIN touchpoint ON touchpoint.id = consent.touchpoint_id
    )`;
}

export function touchpointColumns(touchpoints: NewTouchpoint[]): unknown[][] {
  const rows = touchpoints.map(({ touchpointId, leadId, submission, matchedBy, sealedPayload }) => {
    const { touchpoint } = submission;
    const { utm, clickIds } = touchpoint;
    return [
      touchpointId, leadId, touchpoint.channel, touchpoint.source, touchpoint.form, touchpoint.campaign, touchpoint.medium,
      utm.source, utm.medium, utm.campaign, utm.term, utm.content, clickIds.gclid, clickIds.fbclid, clickIds.liFatId,
      touchpoint.landingPage, touchpoint.referrer, submission.marketingConsent, matchedBy, submission.externalId,
      sealedPayload?.toString('base64') ?? null, touchpoint.occurredAt.toISOString(),
    ];
  });
  const consents = touchpoints.flatMap(({ touchpointId, submission }) =>
    submission.consents.map((consent) => [
      uuidv7(), touchpointId, consent.purpose, consent.granted, consent.textVersion, consent.source, consent.recordedAt.toISOString(),
    ]),
  );
  return [...columnsOf(rows, touchpointCasts.length), ...columnsOf(consents, consentCasts.length)];
}

function columnsOf(rows: unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column]));
}
