import { setTimeout as delay } from 'node:timers/promises';
import { uuidv7 } from 'uuidv7';
import { qualifyingLead } from '../support/lead-fixtures';

export interface LeadStreamOptions {
  captureUrl: string;
  scoringUrl: string;
  /** The credential of the system that records web activities. */
  scoringHeaders: Record<string, string>;
  apiKey: string;
  leads: number;
  concurrency: number;
  runTag: string;
  onAccepted: (lead: AcceptedLead) => void;
}

export interface AcceptedLead {
  index: number;
  leadId: string;
}

export interface LeadStreamCounts {
  sent: number;
  accepted: number;
  refused: number;
  refusals: Record<string, number>;
  answered503: number;
  connectionFailures: number;
  activitiesSent: number;
  activitiesAccepted: number;
  activitiesRefused: number;
}

/** How long one lead (or its activities) is tried again before it counts as refused: longer than any outage of a run. */
const giveUpAfterMs = 5 * 60_000;
const connectionRetryMs = 1_000;
const activities = [
  { type: 'page_view', url: 'https://example-robotics.nl/pricing' },
  { type: 'email_click', url: 'https://example-robotics.nl/newsletter' },
] as const;

type Attempt = { kind: 'answered'; status: number; body: string; retryAfterMs: number } | { kind: 'unreachable' };

/**
 * Sends leads the way a well-behaved client does: each with an Idempotency-Key, answers of 503 and
 * refused connections tried again later with the same key, only a 2xx counted as accepted. Every
 * accepted lead then shows engagement through scoring's activity API.
 */
export class LeadStream {
  readonly counts: LeadStreamCounts = {
    sent: 0,
    accepted: 0,
    refused: 0,
    refusals: {},
    answered503: 0,
    connectionFailures: 0,
    activitiesSent: 0,
    activitiesAccepted: 0,
    activitiesRefused: 0,
  };
  readonly accepted: AcceptedLead[] = [];
  private next = 0;
  private readonly retries: { index: number; firstTriedAt: number; dueAt: number }[] = [];
  private readonly progressWaiters: { settled: number; resolve: () => void }[] = [];

  constructor(private readonly options: LeadStreamOptions) {}

  get settled(): number {
    return this.counts.accepted + this.counts.refused;
  }

  /** Resolves once `fraction` of all leads were accepted or refused. */
  reached(fraction: number): Promise<void> {
    const settled = Math.ceil(fraction * this.options.leads);
    if (this.settled >= settled) return Promise.resolve();
    return new Promise((resolve) => this.progressWaiters.push({ settled, resolve }));
  }

  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.concurrency }, () => this.worker()));
  }

  private async worker(): Promise<void> {
    for (;;) {
      const due = this.takeDueRetry();
      if (due) {
        await this.attemptLead(due.index, due.firstTriedAt);
        continue;
      }
      if (this.next < this.options.leads) {
        const index = this.next++;
        this.counts.sent += 1;
        await this.attemptLead(index, Date.now());
        continue;
      }
      if (this.retries.length === 0) return;
      await delay(Math.max(10, Math.min(...this.retries.map((retry) => retry.dueAt)) - Date.now()));
    }
  }

  private takeDueRetry() {
    const now = Date.now();
    const position = this.retries.findIndex((retry) => retry.dueAt <= now);
    return position < 0 ? undefined : this.retries.splice(position, 1)[0];
  }

  private async attemptLead(index: number, firstTriedAt: number): Promise<void> {
    const attempt = await this.request(`${this.options.captureUrl}/v1/leads`, qualifyingLead(this.email(index), 'chaos'), {
      authorization: `Bearer ${this.options.apiKey}`,
      'idempotency-key': `${this.options.runTag}-lead-${index}`,
    });
    if (attempt.kind === 'answered' && attempt.status >= 200 && attempt.status < 300) {
      const { leadId } = JSON.parse(attempt.body) as { leadId: string };
      const lead = { index, leadId };
      this.accepted.push(lead);
      this.counts.accepted += 1;
      this.options.onAccepted(lead);
      this.progressed();
      await this.sendActivities(lead);
      return;
    }
    const retryable = attempt.kind === 'unreachable' || attempt.status === 503 || attempt.status === 429;
    if (attempt.kind === 'unreachable') this.counts.connectionFailures += 1;
    else if (attempt.status === 503) this.counts.answered503 += 1;
    if (retryable && Date.now() - firstTriedAt < giveUpAfterMs) {
      const waitMs = attempt.kind === 'unreachable' ? connectionRetryMs : attempt.retryAfterMs;
      this.retries.push({ index, firstTriedAt, dueAt: Date.now() + waitMs });
      return;
    }
    const reason = attempt.kind === 'unreachable' ? 'unreachable' : `${attempt.status} ${attempt.body.slice(0, 200)}`;
    this.counts.refused += 1;
    this.counts.refusals[reason] = (this.counts.refusals[reason] ?? 0) + 1;
    this.progressed();
  }

  private async sendActivities(lead: AcceptedLead): Promise<void> {
    const body = {
      activities: activities.map((activity) => ({ ...activity, activityId: uuidv7(), leadId: lead.leadId })),
    };
    this.counts.activitiesSent += body.activities.length;
    const firstTriedAt = Date.now();
    for (;;) {
      const attempt = await this.request(`${this.options.scoringUrl}/v1/activities`, body, this.options.scoringHeaders);
      if (attempt.kind === 'answered' && attempt.status >= 200 && attempt.status < 300) {
        this.counts.activitiesAccepted += body.activities.length;
        return;
      }
      const retryable = attempt.kind === 'unreachable' || attempt.status >= 500;
      if (!retryable || Date.now() - firstTriedAt >= giveUpAfterMs) {
        this.counts.activitiesRefused += body.activities.length;
        return;
      }
      await delay(attempt.kind === 'unreachable' ? connectionRetryMs : Math.min(attempt.retryAfterMs, connectionRetryMs));
    }
  }

  private async request(url: string, body: unknown, headers: Record<string, string>): Promise<Attempt> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const retryAfterSeconds = Number(response.headers.get('retry-after') ?? 1);
      return { kind: 'answered', status: response.status, body: await response.text(), retryAfterMs: retryAfterSeconds * 1_000 };
    } catch {
      return { kind: 'unreachable' };
    }
  }

  private email(index: number): string {
    return `chaos.${index}.${this.options.runTag}@example-robotics.nl`;
  }

  private progressed(): void {
    for (const waiter of this.progressWaiters.filter((candidate) => this.settled >= candidate.settled)) {
      this.progressWaiters.splice(this.progressWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }
}
