import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: unknown;
}

@Injectable()
export class IdempotentRequestRepository {
  constructor(private readonly database: CaptureDatabase) {}

  async find(apiKeyId: string, key: string): Promise<StoredAnswer | null> {
    const stored = await this.database.idempotentRequest.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
    return stored ? { requestHash: stored.requestHash, status: stored.responseStatus, body: stored.responseBody } : null;
  }

  /** False when another request with this key committed first; the caller must then roll back. */
  async saveIfFirst(transaction: CaptureTransaction, apiKeyId: string, key: string, answer: StoredAnswer): Promise<boolean> {
    const { count } = await transaction.idempotentRequest.createMany({
      data: [
        {
          apiKeyId,
          key,
          requestHash: answer.requestHash,
          responseStatus: answer.status,
          responseBody: answer.body as object,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }
}
