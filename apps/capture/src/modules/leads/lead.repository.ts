import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { ConsentDetails, LeadSubmission, MatchedBy } from './domain/lead-submission';

export interface ExistingLead {
  leadId: string;
  matchedBy: MatchedBy;
}

@Injectable()
export class LeadRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /** Inserts the lead unless one with the same e-mail exists; true when this call created it. */
  async createIfAbsent(transaction: CaptureTransaction, leadId: string, submission: LeadSubmission): Promise<boolean> {
    const { count } = await transaction.lead.createMany({
      data: [{ id: leadId, ...submission.person, phoneE164: submission.phoneE164, isTest: submission.isTest }],
      skipDuplicates: true,
    });
    return count === 1;
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

  async addTouchpoint(
    transaction: CaptureTransaction,
    touchpointId: string,
    leadId: string,
    submission: LeadSubmission,
    matchedBy: MatchedBy | null,
    sealedPayload: Buffer | null,
  ): Promise<void> {
    const { touchpoint } = submission;
    await transaction.touchpoint.create({
      data: {
        id: touchpointId,
        leadId,
        channel: touchpoint.channel,
        source: touchpoint.source,
        form: touchpoint.form,
        campaign: touchpoint.campaign,
        medium: touchpoint.medium,
        utmSource: touchpoint.utm.source,
        utmMedium: touchpoint.utm.medium,
        utmCampaign: touchpoint.utm.campaign,
        utmTerm: touchpoint.utm.term,
        utmContent: touchpoint.utm.content,
        gclid: touchpoint.clickIds.gclid,
        fbclid: touchpoint.clickIds.fbclid,
        liFatId: touchpoint.clickIds.liFatId,
        landingPage: touchpoint.landingPage,
        referrer: touchpoint.referrer,
        consentMarketing: submission.marketingConsent,
        matchedBy,
        externalId: submission.externalId,
        rawPayload: sealedPayload ? new Uint8Array(sealedPayload) : null,
        occurredAt: touchpoint.occurredAt,
      },
    });
  }

  async addConsents(
    transaction: CaptureTransaction,
    leadId: string,
    touchpointId: string,
    consents: ConsentDetails[],
  ): Promise<void> {
    if (consents.length === 0) return;
    await transaction.consent.createMany({
      data: consents.map((consent) => ({ id: uuidv7(), leadId, touchpointId, ...consent })),
    });
  }

  findById(leadId: string) {
    return this.database.lead.findUnique({
      where: { id: leadId },
      omit: { phoneE164: true },
      include: { touchpoints: { omit: { rawPayload: true }, orderBy: { occurredAt: 'asc' } }, consents: true },
    });
  }
}
