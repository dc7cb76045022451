import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';

export interface ClaimedDelivery {
  id: string;
  eventType: string;
  leadId: string | null;
  traceHeaders: Record<string, string>;
  body: string;
  attempts: number;
  url: string;
  secret: string;
  maxAttempts: number | null;
}

@Injectable()
export class WebhookDeliveryRepository {
  constructor(private readonly database: HandOffDatabase) {}

  /**
   * Leases due deliveries: pushing their next attempt past the lease means no other instance takes
   * them while this one sends, and an instance that dies mid-send only delays them by the lease.
   */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    return this.database.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT d.id FROM webhook_deliveries d
        WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
        ORDER BY d.next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE webhook_deliveries d SET next_attempt_at = ${leaseUntil}, attempts = d.attempts + 1
      FROM due, webhook_subscriptions s
      WHERE d.id = due.id AND s.id = d.subscription_id
      RETURNING d.id, d.event_type AS "eventType", d.body::jsonb #>> '{payload,leadId}' AS "leadId",
        d.trace_headers AS "traceHeaders", d.body, d.attempts, s.url, s.secret, s.max_attempts AS "maxAttempts"`;
  }

  async delivered(id: string, at: Date): Promise<void> {
    await this.database.webhookDelivery.update({ where: { id }, data: { status: 'delivered', deliveredAt: at, lastError: null } });
  }

  async failed(id: string, status: 'pending' | 'dead', nextAttemptAt: Date, error: string): Promise<void> {
    await this.database.webhookDelivery.update({ where: { id }, data: { status, nextAttemptAt, lastError: error.slice(0, 1000) } });
  }
}
