import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { HandOffUnderTest, patience } from '../test-support/hand-off-under-test';

interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A sales tool's webhook endpoint that can be down for a while. */
class Receiver {
  readonly received: Received[] = [];
  private server?: Server;

  constructor(readonly port: number) {}

  static async onFreePort(): Promise<Receiver> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return new Receiver(port);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.received.push({ path: request.url ?? '', headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  /** Events that arrived on a path with a valid signature, by event id. */
  verified(path: string, secret: string): Map<string, { type: string; payload: { leadId: string } }> {
    const webhook = new Webhook(secret);
    const events = new Map<string, { type: string; payload: { leadId: string } }>();
    for (const delivery of this.received.filter((candidate) => candidate.path === path)) {
      const event = webhook.verify(delivery.body, delivery.headers) as { id: string; type: string; payload: { leadId: string } };
      events.set(event.id, event);
    }
    return events;
  }
}

describe('outbound webhooks over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;
  let receiver: Receiver;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create({ env: { WEBHOOK_BACKOFF_BASE_MS: '50', WEBHOOK_BACKOFF_MAX_MS: '400', WEBHOOK_TIMEOUT_MS: '1000' } });
    receiver = await Receiver.onFreePort();
  });

  afterAll(async () => {
    await receiver?.stop();
    await handOff?.stop();
  });

  it('delivers every event, signed, to a subscriber that was down, and dead-letters for one that gives up early', async () => {
    const patient = await handOff.request('POST', '/v1/webhooks/subscriptions', { url: receiver.url('/patient'), maxAttempts: 100 });
    const impatient = await handOff.request('POST', '/v1/webhooks/subscriptions', {
      url: receiver.url('/impatient'),
      eventTypes: ['hand-off.lead.assigned.v1'],
      maxAttempts: 2,
    });
    expect([patient.status, impatient.status]).toEqual([201, 201]);
    expect(patient.body.secret).toMatch(/^whsec_/);
    const [stored] = await handOff.query<{ secret: string }>('SELECT secret FROM webhook_subscriptions WHERE id = $1', [patient.body.id]);
    expect(stored.secret).toMatch(/^enc:v1:/);
    expect(stored.secret).not.toContain(patient.body.secret.slice('whsec_'.length));
    const invalid = await handOff.request('POST', '/v1/webhooks/subscriptions', { url: 'ftp://example', eventTypes: ['capture.lead.captured.v1'] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/eventTypes/0', '/url']);

    const leadIds = Array.from({ length: 5 }, () => uuidv7());
    await handOff.qualify(leadIds);
    const deadLetters = await eventually(
      async () => {
        const response = await handOff.request('GET', `/v1/webhooks/subscriptions/${impatient.body.id}/dead-letters`);
        expect(response.body).toHaveLength(5);
        return response.body as Array<{ id: string; attempts: number; lastError: string }>;
      },
      { timeoutMs: 20_000 },
    );
    expect(deadLetters.every((letter) => letter.attempts === 2 && /ECONNREFUSED|fetch failed/.test(letter.lastError))).toBe(true);
    expect(await handOff.count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = $1 AND status = 'pending' AND attempts >= 2", [patient.body.id])).toBe(5);

    await receiver.start();
    const published = await handOff.published('hand-off.lead.assigned.v1');
    const expectedIds = published.filter((event) => leadIds.includes(event.payload.leadId)).map((event) => event.id).sort();
    expect(expectedIds).toHaveLength(5);
    await eventually(() => expect([...receiver.verified('/patient', patient.body.secret).keys()].sort()).toEqual(expectedIds), { timeoutMs: 20_000 });
    expect(receiver.verified('/impatient', impatient.body.secret).size).toBe(0);

    for (const letter of deadLetters) {
      const redelivery = await handOff.request('POST', `/v1/webhooks/subscriptions/${impatient.body.id}/dead-letters/${letter.id}/redeliver`);
      expect(redelivery.status).toBe(202);
    }
    await eventually(() => expect([...receiver.verified('/impatient', impatient.body.secret).keys()].sort()).toEqual(expectedIds), patience);
    expect((await handOff.request('GET', `/v1/webhooks/subscriptions/${impatient.body.id}/dead-letters`)).body).toEqual([]);
    expect(() => receiver.verified('/patient', impatient.body.secret)).toThrow();
    const redeliverAgain = await handOff.request('POST', `/v1/webhooks/subscriptions/${impatient.body.id}/dead-letters/${deadLetters[0].id}/redeliver`);
    expect(redeliverAgain.status).toBe(404);
  });

  it('applies a subscription created or removed between two routing decisions from the next decision on', async () => {
    const assignedEventOf = (leadId: string) =>
      eventually(async () => {
        const events = await handOff.published('hand-off.lead.assigned.v1', leadId);
        expect(events).toHaveLength(1);
        return events[0].id;
      }, patience);
    const deliveriesTo = async (subscriptionId: string) =>
      (await handOff.query<{ event_id: string }>('SELECT event_id FROM webhook_deliveries WHERE subscription_id = $1', [subscriptionId])).map(
        (row) => row.event_id,
      );

    const [first, second, third] = [uuidv7(), uuidv7(), uuidv7()];
    await handOff.qualify([first]);
    await assignedEventOf(first);
    const late = await handOff.request('POST', '/v1/webhooks/subscriptions', { url: receiver.url('/late'), eventTypes: ['hand-off.lead.assigned.v1'] });
    expect(late.status).toBe(201);

    await handOff.qualify([second]);
    const secondEvent = await assignedEventOf(second);
    expect(await deliveriesTo(late.body.id)).toEqual([secondEvent]);

    expect((await handOff.request('DELETE', `/v1/webhooks/subscriptions/${late.body.id}`)).status).toBe(204);
    await handOff.qualify([third]);
    await assignedEventOf(third);
    expect(await deliveriesTo(late.body.id)).toEqual([secondEvent]);
  });
});
