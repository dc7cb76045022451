import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { normalizeEmail } from '../leads/domain/normalize-email';

const erasedEmail = (leadId: string) => `erased+${leadId}@erased.invalid`;

export interface LeadStatus {
  leadId: string;
  createdAt: Date;
  erasedAt: Date | null;
  isTest: boolean;
  touchpoints: number;
  lastTouchpoint: { channel: string; source: string; campaign: string | null; occurredAt: Date } | null;
}

/** Leads as an operator sees them (no personal data), and the erasure of a person's data. */
@Injectable()
export class LeadErasureRepository {
  constructor(private readonly database: CaptureDatabase) {}

  async status(leadId: string): Promise<LeadStatus | null> {
    const lead = await this.database.lead.findUnique({
      where: { id: leadId },
      select: { id: true, createdAt: true, erasedAt: true, isTest: true, _count: { select: { touchpoints: true } } },
    });
    if (!lead) return null;
    const last = await this.database.touchpoint.findFirst({
      where: { leadId },
      orderBy: { occurredAt: 'desc' },
      select: { channel: true, source: true, campaign: true, occurredAt: true },
    });
    return { leadId: lead.id, createdAt: lead.createdAt, erasedAt: lead.erasedAt, isTest: lead.isTest, touchpoints: lead._count.touchpoints, lastTouchpoint: last };
  }

  /**
   * Locks the lead and blanks what identifies the person: contact details, the submissions as received,
   * click ids and referrers. Campaigns, channels and consent decisions stay, so the funnel still adds up.
   * The e-mail becomes a placeholder unique to the lead, so the same person can come back as a new lead.
   */
  async erase(transaction: CaptureTransaction, leadId: string, erasedAt: Date): Promise<{ alreadyErased: boolean } | null> {
    const [lead] = await transaction.$queryRaw<{ erased_at: Date | null }[]>`
      SELECT erased_at FROM leads WHERE id = ${leadId}::uuid FOR UPDATE`;
    if (!lead) return null;
    await transaction.$executeRaw`
      UPDATE leads SET email = ${erasedEmail(leadId)}, first_name = NULL, last_name = NULL, phone = NULL,
        phone_e164 = NULL, job_title = NULL, company = NULL, erased_at = COALESCE(erased_at, ${erasedAt}), updated_at = now()
      WHERE id = ${leadId}::uuid`;
    await transaction.$executeRaw`
      UPDATE touchpoints SET raw_payload_encrypted = NULL, gclid = NULL, fbclid = NULL, li_fat_id = NULL,
        landing_page = NULL, referrer = NULL, utm_term = NULL, utm_content = NULL
      WHERE lead_id = ${leadId}::uuid`;
    await this.redactOutbox(transaction, leadId);
    return { alreadyErased: lead.erased_at !== null };
  }

  /**
   * The captured and touchpoint events in the outbox carry the person as sent; they keep their shape (an
   * unpublished one still parses downstream) with the same blanks as the lead row.
   */
  private async redactOutbox(transaction: CaptureTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`
      UPDATE outbox SET payload = (jsonb_set(payload::jsonb, '{payload,person}', jsonb_build_object(
          'email', ${erasedEmail(leadId)}::text, 'firstName', null, 'lastName', null, 'phone', null,
          'jobTitle', null, 'company', null, 'country', payload::jsonb #> '{payload,person,country}'))
        #- '{payload,touchpoint,clickIds}' #- '{payload,touchpoint,landingPage}' #- '{payload,touchpoint,referrer}'
        #- '{payload,touchpoint,utm,term}' #- '{payload,touchpoint,utm,content}')::json
      WHERE key = ${leadId} AND payload #> '{payload,person}' IS NOT NULL`;
  }

  /** Leads not yet erased whose last touchpoint and last change are both older than the cut-off, oldest first. */
  async inactiveSince(cutoff: Date, limit: number): Promise<string[]> {
    const rows = await this.database.$queryRaw<{ id: string }[]>`
      SELECT l.id::text FROM leads l
      WHERE l.erased_at IS NULL AND l.updated_at < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = l.id AND (t.occurred_at >= ${cutoff} OR t.recorded_at >= ${cutoff}))
      ORDER BY l.updated_at LIMIT ${limit}`;
    return rows.map((row) => row.id);
  }

  /** The lead of a person known by this e-mail address, as identity resolution would find them. */
  async findByEmail(email: string): Promise<string | null> {
    const lead = await this.database.lead.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
    return lead?.id ?? null;
  }
}
