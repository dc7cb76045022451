import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { ErasureRecord } from './domain/erasure-report';

export type ErasureReason = 'request' | 'retention';

/** Erasures capture started, and the confirmations the other services sent back for them. */
@Injectable()
export class ErasureRequestRepository {
  constructor(private readonly database: CaptureDatabase) {}

  async record(transaction: CaptureTransaction, erasure: { id: string; leadId: string; reason: ErasureReason; requestedAt: Date }): Promise<void> {
    await transaction.erasureRequest.create({ data: erasure });
  }

  /** A repeated confirmation changes nothing; one for an erasure capture never started is ignored. */
  async confirm(
    transaction: CaptureTransaction,
    confirmation: { erasureId: string; service: string; completedAt: Date; kept: string[] },
  ): Promise<boolean> {
    const inserted = await transaction.$executeRaw`
      INSERT INTO erasure_confirmations (erasure_id, service, completed_at, kept)
      SELECT id, ${confirmation.service}, ${confirmation.completedAt}, ${confirmation.kept}::text[]
      FROM erasure_requests WHERE id = ${confirmation.erasureId}::uuid
      ON CONFLICT (erasure_id, service) DO NOTHING`;
    return inserted > 0;
  }

  find(erasureId: string): Promise<ErasureRecord | null> {
    return this.database.erasureRequest.findUnique({
      where: { id: erasureId },
      select: { id: true, leadId: true, reason: true, requestedAt: true, confirmations: { select: { service: true, completedAt: true, kept: true } } },
    });
  }
}
