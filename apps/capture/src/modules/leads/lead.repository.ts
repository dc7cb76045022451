import { Injectable } from '@nestjs/common';
import { appendOutboxRows, outboxRowValues, PreparedOutboxRow } from '@accord/messaging';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { LeadSubmission, MatchedBy } from './domain/lead-submission';
import { insertLeadsUnlessEmailKnown, insertTouchpointsFor, leadColumns, NewLead, touchpointColumns } from './lead-statements';

export interface ExistingLead {
  leadId: string;
  matchedBy: MatchedBy;
}

@Injectable()
export class LeadRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /**
   * New leads, each with its first touchpoint, consents and outbox row, in one statement: one round trip
   * for a group of them, atomic even outside a transaction. A lead whose e-mail is known is skipped with
   * everything that belongs to it. The ids of the leads created.
   */
  async createWithFirstTouchpoints(leads: NewLead[], announcements: PreparedOutboxRow[], transaction: CaptureTransaction | null): Promise<Set<string>> {
    const leadPart = leadColumns(leads);
    const values = [...leadPart, ...touchpointColumns(leads.map((lead) => ({ ...lead, matchedBy: null })))];
    const created = await (transaction ?? this.database).$queryRawUnsafe<{ id: string | null }[]>(
      `WITH lead AS (${insertLeadsUnlessEmailKnown(1)}),
         ${insertTouchpointsFor('lead', leadPart.length + 1)},
         ${appendOutboxRows(values.length + 1, 'lead')}
       SELECT lead.id::text FROM lead
       UNION ALL SELECT NULL FROM outbox_notified`,
      ...values,
      ...outboxRowValues(announcements),
    );
    return new Set(created.flatMap((row) => (row.id ? [row.id] : [])));
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
    await transaction.$executeRawUnsafe(
      `WITH lead AS (SELECT $1::uuid AS id), ${insertTouchpointsFor('lead', 2)} SELECT count(*) FROM touchpoint`,
      leadId,
      ...touchpointColumns([{ touchpointId, leadId, submission, matchedBy, sealedPayload }]),
    );
  }

  findById(leadId: string) {
    return this.database.lead.findUnique({
      where: { id: leadId },
      omit: { phoneE164: true },
      include: { touchpoints: { omit: { rawPayload: true }, orderBy: { occurredAt: 'asc' } }, consents: true },
    });
  }
}
