import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { LeadSubmission, MatchedBy } from './domain/lead-submission';

export interface ExistingLead {
  leadId: string;
  matchedBy: MatchedBy;
}

@Injectable()
export class LeadRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /** Inserts the lead unless one with the same e-mail exists; true when this call created it. */
  async createIfAbsent(transaction: CaptureTransaction, leadId: string, submission: LeadSubmission): Promise<boolean> {
    const { person } = submission;
    const inserted = await transaction.$executeRaw`
      INSERT INTO leads (id, email, first_name, last_name, phone, phone_e164, job_title, company, country, is_test, updated_at)
      VALUES (${leadId}::uuid, ${person.email}, ${person.firstName}, ${person.lastName}, ${person.phone}, ${submission.phoneE164},
              ${person.jobTitle}, ${person.company}, ${person.country}, ${submission.isTest}, now())
      ON CONFLICT (email) DO NOTHING`;
    return inserted === 1;
  }

  /** Serialises submissions that carry the same phone number, so two of them cannot both create a lead. */
  async lockPhone(transaction: CaptureTransaction, phoneE164: string): Promise<void> {
    await transaction.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`phone:${phoneE164}`}))::text`;
  }

  /** Serialises deliveries of one provider lead id, so a concurrent repeat waits and then finds the first. */
  async lockExternalId(transaction: CaptureTransaction, channel: string, externalId: string): Promise<void> {
    await transaction.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`external:${channel}:${externalId}`}))::text`;
  }

  async findLeadIdByExternalId(transaction: CaptureTransaction, channel: string, externalId: string): Promise<string | null> {
    const touchpoint = await transaction.touchpoint.findUnique({
      where: { channel_externalId: { channel, externalId } },
      select: { leadId: true },
    });
    return touchpoint?.leadId ?? null;
  }

  /** The lead with this e-mail, else the oldest lead with this phone number. */
  async findByEmailOrPhone(
    transaction: CaptureTransaction,
    email: string,
    phoneE164: string | null,
  ): Promise<ExistingLead | null> {
    const [row] = await transaction.$queryRaw<{ id: string; by_email: boolean }[]>`
      SELECT id::text, email = ${email} AS by_email FROM leads
      WHERE email = ${email} OR (${phoneE164}::text IS NOT NULL AND phone_e164 = ${phoneE164})
      ORDER BY (email = ${email}) DESC, created_at LIMIT 1`;
    return row ? { leadId: row.id, matchedBy: row.by_email ? 'email' : 'phone' } : null;
  }

  /** A returning person may tell us more than last time; what we already knew is kept. */
  async fillBlanks(transaction: CaptureTransaction, leadId: string, submission: LeadSubmission): Promise<void> {
    const { person, phoneE164 } = submission;
    await transaction.$executeRaw`
      UPDATE leads SET
        first_name = COALESCE(first_name, ${person.firstName}),
        last_name = COALESCE(last_name, ${person.lastName}),
        phone = COALESCE(phone, ${person.phone}),
        phone_e164 = COALESCE(phone_e164, ${phoneE164}),
        job_title = COALESCE(job_title, ${person.jobTitle}),
        company = COALESCE(company, ${person.company}),
        country = COALESCE(country, ${person.country}),
        updated_at = now()
      WHERE id = ${leadId}::uuid`;
  }

  /** The touchpoint and its consent records in one statement: this runs once for every lead we accept. */
  async addTouchpoint(
    transaction: CaptureTransaction,
    touchpointId: string,
    leadId: string,
    submission: LeadSubmission,
    matchedBy: MatchedBy | null,
    sealedPayload: Buffer | null,
  ): Promise<void> {
    const { touchpoint, consents } = submission;
    const { utm, clickIds } = touchpoint;
    await transaction.$executeRaw`
      WITH touchpoint AS (
        INSERT INTO touchpoints (id, lead_id, channel, source, form, campaign, medium, utm_source, utm_medium, utm_campaign,
                                 utm_term, utm_content, gclid, fbclid, li_fat_id, landing_page, referrer, consent_marketing,
                                 matched_by, external_id, raw_payload_encrypted, occurred_at)
        VALUES (${touchpointId}::uuid, ${leadId}::uuid, ${touchpoint.channel}, ${touchpoint.source}, ${touchpoint.form},
                ${touchpoint.campaign}, ${touchpoint.medium}, ${utm.source}, ${utm.medium}, ${utm.campaign}, ${utm.term},
                ${utm.content}, ${clickIds.gclid}, ${clickIds.fbclid}, ${clickIds.liFatId}, ${touchpoint.landingPage},
                ${touchpoint.referrer}, ${submission.marketingConsent}, ${matchedBy}, ${submission.externalId},
                ${sealedPayload ? new Uint8Array(sealedPayload) : null}::bytea, ${touchpoint.occurredAt}::timestamptz)
        RETURNING id
      )
      INSERT INTO consents (id, lead_id, touchpoint_id, purpose, granted, text_version, source, recorded_at)
      SELECT consent.id, ${leadId}::uuid, touchpoint.id, consent.purpose, consent.granted, consent.text_version,
             consent.source, consent.recorded_at
      FROM touchpoint,
           unnest(${consents.map(() => uuidv7())}::uuid[], ${consents.map((consent) => consent.purpose)}::text[],
                  ${consents.map((consent) => consent.granted)}::boolean[], ${consents.map((consent) => consent.textVersion)}::text[],
                  ${consents.map((consent) => consent.source)}::text[], ${consents.map((consent) => consent.recordedAt)}::timestamptz[])
             AS consent(id, purpose, granted, text_version, source, recorded_at)`;
  }

  findById(leadId: string) {
    return this.database.lead.findUnique({
      where: { id: leadId },
      omit: { phoneE164: true },
      include: { touchpoints: { omit: { rawPayload: true }, orderBy: { occurredAt: 'asc' } }, consents: true },
    });
  }
}
