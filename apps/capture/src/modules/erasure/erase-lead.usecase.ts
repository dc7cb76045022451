import { Injectable } from '@nestjs/common';
import { Outbox } from '@accord/messaging';
import { Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { ErasureReason, ErasureRequestRepository } from './erasure-request.repository';
import { LeadErasureRepository } from './lead-erasure.repository';

export interface ErasureResult {
  leadId: string;
  erasedAt: string;
  /** The id of the published capture.lead.erased.v1 event; GET /v1/erasures/{erasureId} reports on it. */
  erasureId: string;
  eventId: string;
  alreadyErased: boolean;
}

/** Erases the person here and, in the same transaction, tells every other service to erase theirs. */
@Injectable()
export class EraseLeadUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly leads: LeadErasureRepository,
    private readonly erasures: ErasureRequestRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(leadId: string, reason: ErasureReason = 'request'): Promise<ErasureResult | null> {
    const erasedAt = new Date();
    return this.transactions.run(async (transaction: CaptureTransaction) => {
      const erased = await this.leads.erase(transaction, leadId, erasedAt);
      if (!erased) return null;
      const event = await this.outbox.append(transaction, 'capture.lead.erased.v1', { leadId, erasedAt: erasedAt.toISOString() });
      await this.erasures.record(transaction, { id: event.id, leadId, reason, requestedAt: erasedAt });
      return { leadId, erasedAt: erasedAt.toISOString(), erasureId: event.id, eventId: event.id, alreadyErased: erased.alreadyErased };
    });
  }
}
