import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { CliError } from './cli-error';
import { selectionOf } from './commands/dlq.command';
import { outboxStateOf } from './commands/outbox.command';
import { handOffPlace, rewardsPlace } from './commands/lead-views';
import { age } from './output/output';
import { buildProgram } from './program';
import { cliSettingsFrom } from './settings/cli-settings';
import { quiet, testContext } from './test-context';

const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const { context, written } = testContext({ env });
  const program = buildProgram(context, quiet);
  await program.parseAsync(['node', 'accord', ...args]);
  return written.join('\n');
};

describe('accord arguments', () => {
  it('asks for exactly one replay selection', () => {
    expect(() => selectionOf({})).toThrow(CliError);
    expect(() => selectionOf({ all: true, eventId: 'x' })).toThrow(/exactly one/);
    expect(() => selectionOf({ eventId: 'x', partition: 1 })).toThrow(/--partition goes with --offset/);
    expect(selectionOf({ offset: '3', partition: 1 })).toEqual({ offset: '3', partition: 1 });
    expect(selectionOf({ errorContains: 'timeout' })).toEqual({ errorContains: 'timeout' });
    expect(selectionOf({ all: true })).toEqual({ all: true });
  });

  it('rejects a malformed offset, limit or lead id before touching anything', async () => {
    await expect(run(['dlq', 'replay', 'x.dlq', '--offset', 'abc'])).rejects.toThrow(/non-negative integer/);
    await expect(run(['dlq', 'show', 'x.dlq', '--limit', '0'])).rejects.toThrow(/positive integer/);
    await expect(run(['lead', 'not-a-lead'])).rejects.toThrow(/must be a UUID/);
    await expect(run(['rerun', 'scoring', '42'])).rejects.toThrow(/must be a UUID/);
  });

  it('names the variable that is wrong', () => {
    expect(() => cliSettingsFrom({ ACCORD_HAND_OFF_URL: 'ftp://x' })).toThrow(/ACCORD_HAND_OFF_URL is invalid/);
    expect(() => cliSettingsFrom({ KAFKA_BROKERS: 'nohostport' })).toThrow(/KAFKA_BROKERS is invalid/);
    const settings = cliSettingsFrom({ ACCORD_SCORING_URL: 'http://scoring:8080/', KAFKA_BROKERS: 'a:1, b:2' });
    expect(settings.serviceUrls).toMatchObject({ capture: 'http://localhost:3101', scoring: 'http://scoring:8080', rewards: 'http://localhost:3105' });
    expect(settings.kafkaBrokers).toEqual(['a:1', 'b:2']);
  });
});

describe('accord output', () => {
  it('formats ages and reads outbox gauges from Prometheus text', () => {
    expect(age(0.2)).toBe('0s');
    expect(age(3_725)).toBe('1h 2m');
    expect(age(null)).toBe('-');
    const metrics = '# HELP outbox_backlog x\n# TYPE outbox_backlog gauge\noutbox_backlog 7\noutbox_oldest_age_seconds{service="capture"} 12.5\n';
    expect(outboxStateOf(metrics)).toEqual({ backlog: 7, oldestAgeSeconds: 12.5 });
    expect(outboxStateOf('')).toEqual({ backlog: null, oldestAgeSeconds: null });
  });

  it('says where a lead stands in hand-off and in the funnel', () => {
    const assignment = { status: 'assigned', assignee: { kind: 'rep', id: 'rep-1' }, teamId: 'nl', acceptDueAt: '2026-01-01T10:00:00.000Z', assignedAt: '2026-01-01T09:00:00.000Z' };
    expect(handOffPlace({ assignment, decisions: [] }, new Date('2026-01-01T11:00:00Z')).state).toBe(
      'assigned to rep rep-1 in team nl, SLA breached (due 2026-01-01T10:00:00.000Z)',
    );
    const place = rewardsPlace({ capturedAt: '2026-01-01T08:00:00.000Z', mqlAt: '2026-01-01T08:05:00.000Z', assignedAt: null });
    expect(place).toEqual({ state: 'funnel: captured > MQL', last: 'MQL', at: '2026-01-01T08:05:00.000Z' });
  });
});

describe('accord against services', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/metrics') return void response.end('outbox_backlog 3\noutbox_oldest_age_seconds 90\n');
      response.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'Lead not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints what answered and fails naming the service that did not', async () => {
    const closedPort = 'http://127.0.0.1:9';
    const env = { ACCORD_CAPTURE_URL: url, ACCORD_ENRICHMENT_URL: url, ACCORD_SCORING_URL: url, ACCORD_HAND_OFF_URL: closedPort, ACCORD_REWARDS_URL: url };
    const { context, written } = testContext({ env });
    const program = buildProgram(context, quiet);
    await expect(program.parseAsync(['node', 'accord', 'outbox', '--json'])).rejects.toThrow(/hand-off did not answer GET \/metrics at http:\/\/127.0.0.1:9/);
    const rows = JSON.parse(written[0]) as { service: string; backlog: number | null; error: string | null }[];
    expect(rows.find((row) => row.service === 'capture')).toMatchObject({ backlog: 3, oldestAgeSeconds: 90, error: null });
    expect(rows.find((row) => row.service === 'hand-off')?.error).toMatch(/did not answer/);
  });

  it('reports a service answering an error with its problem title', async () => {
    const env = { ACCORD_SCORING_URL: url };
    await expect(run(['rerun', 'scoring', '01a21951-b8a5-735f-864f-858935f4074f'], env)).rejects.toThrow(
      'scoring answered 404 to POST /v1/leads/01a21951-b8a5-735f-864f-858935f4074f/score/rerun: Lead not found',
    );
  });
});
