import { Admin, Kafka } from 'kafkajs';

/**
 * Asks the cluster for its metadata over one admin connection kept between probes (health checks
 * and capture's dependency probe run every few seconds); a failed probe drops the connection so
 * the next one starts afresh.
 */
export class KafkaProbe {
  private admin?: Admin;

  constructor(
    private readonly kafka: Kafka,
    private readonly timeoutMs = 2_000,
  ) {}

  /** True when a broker answers a metadata request within the timeout. */
  async answers(): Promise<boolean> {
    const admin = (this.admin ??= this.kafka.admin());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
      return true;
    } catch {
      if (this.admin === admin) this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
