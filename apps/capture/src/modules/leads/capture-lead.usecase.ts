import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { Outbox } from '@accord/messaging';
import { Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { leadCapturedPayload, touchpointRecordedPayload } from './domain/event-payloads';
import { CaptureOutcome, LeadSubmission } from './domain/lead-submission';
import { FirstSightings } from './first-sightings';
import { countCapturedLead } from './lead-metrics';
import { LeadRepository } from './lead.repository';
import { PayloadVault } from './payload-vault';

/**
 * Resolves the person to one lead (by e-mail, then phone), records the touchpoint and its consent,
 * and announces either the new lead or the merge, all in one transaction.
 */
@Injectable()
export class CaptureLeadUseCase {
  constructor(
    private readonly leads: LeadRepository,
    private readonly firstSightings: FirstSightings,
    private readonly outbox: Outbox,
    private readonly vault: PayloadVault,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Captures in a transaction of its own. A first sighting of an e-mail with no phone or provider id
   * to resolve needs no lock, so it is written in a group commit with others like it; anything else, or
   * an e-mail that turns out to be known, goes the transactional way.
   */
  async capture(submission: LeadSubmission): Promise<CaptureOutcome> {
    const created = submission.phoneE164 || submission.externalId ? null : await this.createAtFirstSight(null, submission);
    if (created) return countCapturedLead(null, submission, created);
    return this.transactions.run((transaction: CaptureTransaction) => this.captureIn(transaction, submission));
  }

  async captureIn(transaction: CaptureTransaction, submission: LeadSubmission): Promise<CaptureOutcome> {
    return countCapturedLead(transaction, submission, await this.resolve(transaction, submission));
  }

  /** The lead, its first touchpoint and its announcement in one statement; null when the e-mail is known. */
  private async createAtFirstSight(transaction: CaptureTransaction | null, submission: LeadSubmission): Promise<CaptureOutcome | null> {
    const leadId = uuidv7();
    const touchpointId = uuidv7();
    const { row } = await this.outbox.prepare('capture.lead.captured.v1', leadCapturedPayload(leadId, touchpointId, submission));
    const lead = { leadId, touchpointId, submission, sealedPayload: this.vault.seal(submission.rawPayload) };
    return (await this.firstSightings.create({ lead, announcement: row }, transaction)) ? { leadId, outcome: 'created' } : null;
  }

  private async resolve(transaction: CaptureTransaction, submission: LeadSubmission): Promise<CaptureOutcome> {
    const { externalId, touchpoint } = submission;
    if (externalId) {
      await this.leads.lockExternalId(transaction, touchpoint.channel, externalId);
      const earlier = await this.leads.findLeadIdByExternalId(transaction, touchpoint.channel, externalId);
      if (earlier) return { leadId: earlier, outcome: 'duplicate' };
    }
    if (submission.phoneE164) await this.leads.lockPhone(transaction, submission.phoneE164);
    const existing = submission.phoneE164
      ? await this.leads.findByEmailOrPhone(transaction, submission.person.email, submission.phoneE164)
      : null;
    const created = existing ? null : await this.createAtFirstSight(transaction, submission);
    if (created) return created;
    const match = existing ?? (await this.leads.findByEmailOrPhone(transaction, submission.person.email, null));
    if (!match) throw new Error('A lead with this e-mail was reported but cannot be read');
    const touchpointId = uuidv7();
    await this.leads.fillBlanks(transaction, match.leadId, submission);
    await this.leads.addTouchpoint(transaction, touchpointId, match.leadId, submission, match.matchedBy, this.vault.seal(submission.rawPayload));
    await this.outbox.append(
      transaction,
      'capture.touchpoint.recorded.v1',
      touchpointRecordedPayload(match.leadId, touchpointId, submission, match.matchedBy),
    );
    return { leadId: match.leadId, outcome: 'merged' };
  }
}
