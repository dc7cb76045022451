import { Command } from 'commander';
import { CliContext } from '../cli-context';
import { metricValue } from '../http/prometheus-text';
import { age, emit } from '../output/output';
import { renderTable } from '../output/table';
import { askEachService, failIfAnyFailed, ServiceResult } from './each-service';
import { jsonFlag } from './json-flag';

export interface OutboxState {
  backlog: number | null;
  oldestAgeSeconds: number | null;
}

export function outboxStateOf(metrics: string): OutboxState {
  return { backlog: metricValue(metrics, 'outbox_backlog'), oldestAgeSeconds: metricValue(metrics, 'outbox_oldest_age_seconds') };
}

export function outboxView(results: ServiceResult<OutboxState>[]) {
  return results.map((result) =>
    result.ok ? { service: result.service, ...result.value, error: null } : { service: result.service, backlog: null, oldestAgeSeconds: null, error: result.error },
  );
}

export function renderOutbox(rows: ReturnType<typeof outboxView>): string {
  return renderTable(
    ['service', 'backlog', 'oldest unpublished'],
    rows.map((row) => [row.service, row.error ? 'no answer' : row.backlog, row.error ? '-' : age(row.oldestAgeSeconds)]),
  );
}

export function registerOutboxCommand(program: Command, context: CliContext): void {
  jsonFlag(program.command('outbox'))
    .description('outbox backlog and age of the oldest unpublished event, per service (from /metrics)')
    .action(async (options: { json?: boolean }) => {
      const results = await askEachService(async (service) => outboxStateOf((await context.service(service).text('/metrics')) ?? ''));
      emit(context.output(Boolean(options.json)), outboxView(results), renderOutbox);
      failIfAnyFailed(results);
    });
}
