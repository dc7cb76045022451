import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { EventEnvelope, EventPayload } from '@accord/contracts';
import { Transactions } from '@accord/platform';
import { HandOffTransaction } from '../../database/hand-off-database';
import { emailHash } from '../lead-profiles/domain/email-hash';
import { MatchOutcomesUseCase } from './match-outcomes.usecase';
import { OutcomeRepository } from './outcome.repository';

export type OutcomeReportRequest = EventPayload<'crm.opportunity.outcome.v1'>;

export interface OutcomeReceipt {
  outcomeId: string;
  status: 'matched' | 'pending';
  leadId: string | null;
}

/** Keeps every outcome a sales tool reports; publishes it now if its lead is known, or later when it is. */
@Injectable()
export class RecordOutcomeUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly outcomes: OutcomeRepository,
    private readonly match: MatchOutcomesUseCase,
  ) {}

  fromWebhook(report: OutcomeReportRequest): Promise<OutcomeReceipt> {
    return this.transactions.run((transaction: HandOffTransaction) => this.record(transaction, report, 'webhook'));
  }

  async fromTopic(event: EventEnvelope<string, OutcomeReportRequest>, transaction: HandOffTransaction): Promise<void> {
    await this.record(transaction, event.payload, 'topic', event);
  }

  private async record(transaction: HandOffTransaction, report: OutcomeReportRequest, channel: string, cause?: EventEnvelope): Promise<OutcomeReceipt> {
    const hash = report.email ? emailHash(report.email) : null;
    // Taken before the outcome is stored, so an assignment of the lead (or of a lead with this e-mail) committing
    // meanwhile is seen, or sees it.
    if (report.leadId || hash) await this.outcomes.lockMatchingFor(transaction, report.leadId ? [report.leadId] : [], hash ? [hash] : []);
    const stored = await this.outcomes.createIfNew(transaction, {
      ...report,
      id: uuidv7(),
      externalId: report.outcomeId,
      emailHash: hash,
      channel,
      receivedAt: new Date(),
    });
    if (!stored) {
      const existing = await this.outcomes.findByExternalId(transaction, report.outcomeId);
      return { outcomeId: report.outcomeId, status: existing?.matchedLeadId ? 'matched' : 'pending', leadId: existing?.matchedLeadId ?? null };
    }
    const leadId = report.leadId ?? (hash ? await this.outcomes.assignedLeadWithEmail(transaction, hash) : null);
    const matched = leadId ? await this.match.forLead(transaction, leadId, cause) : 0;
    return { outcomeId: report.outcomeId, status: matched > 0 ? 'matched' : 'pending', leadId: matched > 0 ? leadId : null };
  }
}
