import { join } from 'node:path';
import { eventually } from '@accord/testing';
import { alertQueries, dashboardQueries, NamedQuery } from './support/observability/dashboard-queries';
import { alertRulesFile, prometheusConfigFile, repositoryRoot } from './support/observability/observability-files';
import { driveOperatorTraffic, TrafficSummary } from './support/observability/operator-traffic';
import { configForPorts, PrometheusServer, promtool } from './support/observability/prometheus-server';
import { PipelineUnderTest, services } from './support/pipeline-under-test';

/**
 * Proves the operators' view works: a real Prometheus, configured from infra/observability, scrapes
 * the five services while real traffic runs through them, and every dashboard panel and every
 * alert's signal returns data.
 */
describe('dashboards and alerts against the running platform', () => {
  let pipeline: PipelineUnderTest;
  let prometheus: PrometheusServer;
  let traffic: TrafficSummary;

  beforeAll(async () => {
    pipeline = await PipelineUnderTest.start('dash', {
      serviceEnv: { rewards: { KPI_METRICS_REFRESH_MS: '1000' }, 'hand-off': { SLA_POLL_INTERVAL_MS: '200' } },
    });
    const ports = Object.fromEntries(services.map((service) => [service, pipeline.service(service).port]));
    prometheus = await PrometheusServer.start(configForPorts(ports), join(repositoryRoot, 'tmp', 'e2e-logs', pipeline.topicPrefix));
    traffic = await driveOperatorTraffic(pipeline);
  });

  afterAll(async () => {
    await prometheus?.stop();
    await pipeline?.stop();
  });

  it('has a scrape configuration and alert rules promtool accepts', async () => {
    expect(await promtool(['check', 'config', prometheusConfigFile])).toContain('is valid prometheus config file syntax');
    expect(await promtool(['check', 'rules', alertRulesFile])).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('scrapes every service and loads every alert rule in good health', async () => {
    await eventually(
      async () => {
        const up = await instant(prometheus, 'up{job="accord"} == 1');
        expect(up.map((sample) => sample.metric['service']).sort()).toEqual([...services].sort());
        const rules = (await (await fetch(`${prometheus.url}/api/v1/rules`)).json()) as RulesResponse;
        const loaded = rules.data.groups.flatMap((group) => group.rules);
        expect(loaded.length).toBe(alertNames().length);
        expect(loaded.filter((rule) => rule.health !== 'ok')).toEqual([]);
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
  });

  it('counts the business events the traffic caused, once each', async () => {
    const expected = {
      [`sum(capture_leads_total{source=~"${traffic.sources.join('|')}",outcome="created"})`]: traffic.leadsCreated,
      'sum(scoring_stage_transitions_total{to="mql"})': traffic.mqls,
      'sum(hand_off_assignments_total{assignee_kind="rep"})': traffic.mqls,
      'sum(hand_off_decisions_total{decision="reject",reason="bad_fit"})': 1,
      'sum(hand_off_decisions_total{decision="accept"})': 1,
      'sum(hand_off_decisions_total{decision="convert"})': 1,
      'sum(hand_off_sla_events_total{kind="breached",team="dash-breach"})': 1,
      'sum(consumer_dead_lettered_total{service="enrichment"})': 1,
      'count(rewards_kpi_revenue_minor{kind="attributed"} > 0)': 1,
      'count(hand_off_sla_events_total{kind="reminded",team="dash-remind"} > 0)': 1,
    };
    await eventually(
      async () => {
        const actual: Record<string, number | undefined> = {};
        for (const expression of Object.keys(expected)) actual[expression] = await value(expression);
        expect(actual).toEqual(expected);
      },
      { timeoutMs: 90_000, intervalMs: 1_000 },
    );
  });

  it('answers every dashboard panel and every alert signal with data', async () => {
    const queries = [...dashboardQueries(), ...alertQueries()];
    expect(queries.length).toBeGreaterThan(30);

    const unparsable = await failures(prometheus, queries, (result) => result.status === 'error');
    expect(unparsable).toEqual([]);

    await eventually(
      async () => expect(await failures(prometheus, queries, (result) => result.status !== 'success' || result.data?.result.length === 0)).toEqual([]),
      { timeoutMs: 90_000, intervalMs: 1_000 },
    );
  });

  async function value(expression: string): Promise<number | undefined> {
    const [sample] = await instant(prometheus, expression);
    return sample === undefined ? undefined : Number(sample.value[1]);
  }
});

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

interface RulesResponse {
  data: { groups: Array<{ rules: Array<{ name: string; health: string; lastError?: string }> }> };
}

async function instant(prometheus: PrometheusServer, expression: string): Promise<Sample[]> {
  const result = await prometheus.query(expression);
  if (result.status !== 'success') throw new Error(`${expression}: ${result.error}`);
  return (result.data?.result ?? []) as Sample[];
}

function alertNames(): string[] {
  return [...new Set(alertQueries().map((query) => query.source.split(' › ')[1]))];
}

/** The queries `failed` picks out, each named by its source, expression and Prometheus' answer. */
async function failures(
  prometheus: PrometheusServer,
  queries: NamedQuery[],
  failed: (result: Awaited<ReturnType<PrometheusServer['query']>>) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  for (const query of queries) {
    const result = await prometheus.query(query.expression);
    if (failed(result)) found.push(`${query.source}: ${query.expression} → ${result.error ?? 'no data'}`);
  }
  return found;
}
