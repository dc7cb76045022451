import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { Outbox } from '@accord/messaging';
import { Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { CaptureOutcome, LeadSubmission } from './domain/lead-submission';
import { normalizeEmail } from './domain/normalize-email';
import { LeadRepository } from './lead.repository';

/** Resolves the person to one lead, records the touchpoint, and announces new leads. */
@Injectable()
export class CaptureLeadUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly leads: LeadRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(submission: LeadSubmission): Promise<CaptureOutcome> {
    const normalized = { ...submission, person: { ...submission.person, email: normalizeEmail(submission.person.email) } };
    return this.transactions.run(async (transaction: CaptureTransaction) => {
      const candidateId = uuidv7();
      const created = await this.leads.createIfAbsent(transaction, candidateId, normalized);
      const leadId = created ? candidateId : await this.leads.findIdByEmail(transaction, normalized.person.email);
      if (!leadId) throw new Error('Lead vanished between insert and lookup');
      await this.leads.addTouchpoint(transaction, leadId, normalized.touchpoint);
      if (created) await this.announce(transaction, leadId, normalized);
      return { leadId, outcome: created ? 'created' : 'merged' };
    });
  }

  private async announce(transaction: CaptureTransaction, leadId: string, submission: LeadSubmission) {
    const { touchpoint } = submission;
    await this.outbox.append(transaction, 'capture.lead.captured.v1', {
      leadId,
      person: submission.person,
      touchpoint: {
        channel: touchpoint.channel,
        source: touchpoint.source,
        campaign: touchpoint.campaign,
        medium: touchpoint.medium,
        occurredAt: touchpoint.occurredAt.toISOString(),
      },
      consent: { marketing: touchpoint.consentMarketing },
      isTest: submission.isTest,
    });
  }
}
