import { Injectable } from '@nestjs/common';
import { ProblemException, Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { CaptureLeadUseCase } from '../leads/capture-lead.usecase';
import { buildLeadSubmission, FieldError, SubmissionContext } from '../leads/domain/build-lead-submission';
import { CaptureOutcome } from '../leads/domain/lead-submission';
import { LeadRequest } from '../leads/lead-request.schema';

export const unprocessableLead = (errors: FieldError[]) =>
  new ProblemException(422, 'Unprocessable lead', 'The lead cannot be captured.', errors, 'https://accord.dev/problems/unprocessable-lead');

/** Captures a provider's lead, once per provider lead id, in one transaction with whatever else the caller records. */
@Injectable()
export class CaptureWebhookLeadUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly captureLead: CaptureLeadUseCase,
  ) {}

  execute(
    request: LeadRequest,
    context: SubmissionContext,
    rawPayload: unknown,
    alsoInTransaction?: (transaction: CaptureTransaction) => Promise<void>,
  ): Promise<CaptureOutcome> {
    const built = buildLeadSubmission(request, context, rawPayload);
    if (!built.ok) throw unprocessableLead(built.errors);
    if (!alsoInTransaction) return this.captureLead.capture(built.submission);
    return this.transactions.run(async (transaction: CaptureTransaction) => {
      const outcome = await this.captureLead.captureIn(transaction, built.submission);
      await alsoInTransaction(transaction);
      return outcome;
    });
  }
}
