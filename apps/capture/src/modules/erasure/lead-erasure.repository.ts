import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';

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
      UPDATE leads SET email = ${`erased+${leadId}@erased.invalid`}, first_name = NULL, last_name = NULL, phone = NULL,
        phone_e164 = NULL, job_title = NULL, company = NULL, erased_at = COALESCE(erased_at, ${erasedAt}), updated_at = now()
      WHERE id = ${leadId}::uuid`;
    await transaction.$executeRaw`
      UPDATE touchpoints SET raw_payload_encrypted = NULL, gclid = NULL, fbclid = NULL, li_fat_id = NULL,
        landing_page = NULL, referrer = NULL, utm_term = NULL, utm_content = NULL
      WHERE lead_id = ${leadId}::uuid`;
    return { alreadyErased: lead.erased_at !== null };
  }
}
