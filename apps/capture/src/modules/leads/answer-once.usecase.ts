import { Injectable } from '@nestjs/common';
import { ProblemException, Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { IdempotentRequestRepository, StoredAnswer } from './idempotent-request.repository';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export interface IdempotencyScope {
  apiKeyId: string;
  key: string;
  requestHash: string;
}

class AnsweredConcurrently extends Error {}

/**
 * Runs the work in one transaction and, given an Idempotency-Key, stores its answer in that same
 * transaction: a repeat gets the first answer back and changes nothing; the same key with another
 * request is a conflict.
 */
@Injectable()
export class AnswerOnceUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly answers: IdempotentRequestRepository,
  ) {}

  async execute(
    scope: IdempotencyScope | null,
    work: (transaction: CaptureTransaction) => Promise<HttpAnswer>,
  ): Promise<HttpAnswer & { replayed: boolean }> {
    if (!scope) return { ...(await this.transactions.run(work)), replayed: false };
    const earlier = await this.answers.find(scope.apiKeyId, scope.key);
    if (earlier) return this.replay(earlier, scope);
    try {
      const answer = await this.transactions.run(async (transaction: CaptureTransaction) => {
        const result = await work(transaction);
        const first = await this.answers.saveIfFirst(transaction, scope.apiKeyId, scope.key, {
          requestHash: scope.requestHash,
          ...result,
        });
        if (!first) throw new AnsweredConcurrently();
        return result;
      });
      return { ...answer, replayed: false };
    } catch (error) {
      if (!(error instanceof AnsweredConcurrently)) throw error;
      const winner = await this.answers.find(scope.apiKeyId, scope.key);
      if (!winner) throw new Error('An idempotent answer was committed but cannot be read');
      return this.replay(winner, scope);
    }
  }

  private replay(earlier: StoredAnswer, scope: IdempotencyScope): HttpAnswer & { replayed: boolean } {
    if (earlier.requestHash !== scope.requestHash) {
      throw new ProblemException(
        409,
        'Idempotency key reused',
        'This Idempotency-Key was already used for a different request.',
        [{ pointer: '/headers/idempotency-key', detail: 'already used for another request body' }],
        'https://accord.dev/problems/idempotency-conflict',
      );
    }
    return { status: earlier.status, body: earlier.body, replayed: true };
  }
}
