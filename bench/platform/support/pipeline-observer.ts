import { Consumer, Kafka, logLevel } from 'kafkajs';

export const capturedEvent = 'capture.lead.captured.v1';
export const assignedEvent = 'hand-off.lead.assigned.v1';
/** The hops between, for where the time goes. */
const enrichedEvent = 'enrichment.lead.enriched.v1';
const stageChangedEvent = 'scoring.lead.stage-changed.v1';
const observed = [capturedEvent, enrichedEvent, stageChangedEvent, assignedEvent];
export const hops = [
  'capture → enriched',
  'enriched → stage changed',
  'stage changed → assigned',
  // Of each hop, the part its first event spent between its occurredAt and its record's timestamp on
  // Kafka (set as the outbox relay sent it): the rest of its transaction, the commit and the relay.
  'captured until sent to Kafka',
  'enriched until sent to Kafka',
  'stage changed until sent to Kafka',
] as const;
type Hop = (typeof hops)[number];

/** An event's occurredAt, and when the relay sent its record to Kafka (the record's timestamp). */
interface Stamp {
  at: number;
  sentAt: number;
}

interface LeadTimes {
  captured?: Stamp;
  enriched?: Stamp;
  stageChanged?: Stamp;
  assignedAt?: number;
}

/**
 * Reads the captured and assigned events under the run's prefix and keeps, per lead, the
 * occurredAt each service stamped on its envelope: the end-to-end latency comes from the events'
 * own clocks, not from when this process happened to read them.
 */
export class PipelineObserver {
  private readonly leads = new Map<string, LeadTimes>();
  private consumer?: Consumer;
  captured = 0;
  assigned = 0;
  /** Assignments to a queue rather than a rep: routing did not find the bench team's reps. */
  assignedToQueue = 0;
  capturedBytes = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly topicPrefix: string,
  ) {}

  static create(brokers: string[], topicPrefix: string): PipelineObserver {
    return new PipelineObserver(new Kafka({ clientId: 'bench-observer', brokers, logLevel: logLevel.NOTHING }), topicPrefix);
  }

  async start(): Promise<void> {
    // The latencies come from the events' own stamps, so reading them late costs nothing: large, rare fetches
    // keep the observer's share of the cores and of the broker (which the platform competes for) small.
    const consumer = this.kafka.consumer({ groupId: `${this.topicPrefix}bench-observer`, minBytes: 64 * 1024, maxWaitTimeInMs: 250 });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: observed.map((type) => `${this.topicPrefix}${type}`), fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 4,
      eachBatch: async ({ batch }) => {
        const type = batch.topic.slice(this.topicPrefix.length);
        for (const message of batch.messages) {
          if (!message.value) continue;
          const envelope = JSON.parse(message.value.toString()) as { occurredAt: string; payload: { leadId: string; assignee?: { kind: string } } };
          const times = this.leads.get(envelope.payload.leadId) ?? {};
          const stamp = { at: Date.parse(envelope.occurredAt), sentAt: Number(message.timestamp) };
          if (type === capturedEvent && times.captured === undefined) {
            times.captured = stamp;
            this.captured += 1;
            this.capturedBytes += message.value.length;
          } else if (type === assignedEvent && times.assignedAt === undefined) {
            times.assignedAt = stamp.at;
            this.assigned += 1;
            if (envelope.payload.assignee?.kind !== 'rep') this.assignedToQueue += 1;
          } else if (type === enrichedEvent) {
            times.enriched ??= stamp;
          } else if (type === stageChangedEvent) {
            times.stageChanged ??= stamp;
          }
          this.leads.set(envelope.payload.leadId, times);
        }
      },
    });
  }

  /** Mean size of a captured event on the wire, for the raw Kafka limit with the same messages. */
  get meanCapturedBytes(): number {
    return this.captured === 0 ? 1_000 : Math.round(this.capturedBytes / this.captured);
  }

  /** Leads captured in [from, to): how many, and the capture-to-assignment latency of those assigned so far. */
  window(from: number, to: number): { captured: number; latenciesMs: number[]; hopsMs: Record<Hop, number[]> } {
    const latenciesMs: number[] = [];
    const hopsMs = Object.fromEntries(hops.map((hop) => [hop, []])) as unknown as Record<Hop, number[]>;
    let captured = 0;
    for (const { captured: capture, enriched, stageChanged, assignedAt } of this.leads.values()) {
      if (capture === undefined || capture.at < from || capture.at >= to) continue;
      captured += 1;
      if (assignedAt === undefined) continue;
      latenciesMs.push(assignedAt - capture.at);
      if (enriched === undefined || stageChanged === undefined) continue;
      hopsMs[hops[0]].push(enriched.at - capture.at);
      hopsMs[hops[1]].push(stageChanged.at - enriched.at);
      hopsMs[hops[2]].push(assignedAt - stageChanged.at);
      hopsMs[hops[3]].push(capture.sentAt - capture.at);
      hopsMs[hops[4]].push(enriched.sentAt - enriched.at);
      hopsMs[hops[5]].push(stageChanged.sentAt - stageChanged.at);
    }
    return { captured, latenciesMs, hopsMs };
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
