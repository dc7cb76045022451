import { Command } from 'commander';
import { CliContext } from '../cli-context';
import { CliError, usageExitCode } from '../cli-error';
import { emit } from '../output/output';
import { renderTable } from '../output/table';
import { ServiceName } from '../settings/cli-settings';
import { askEachService, failIfAnyFailed, ServiceResult } from './each-service';
import { jsonFlag } from './json-flag';
import {
  CaptureLeadStatus,
  capturePlace,
  EnrichmentAnswer,
  enrichmentPlace,
  FunnelAnswer,
  handOffPlace,
  LeadPlace,
  RoutingAnswer,
  rewardsPlace,
  ScoreAnswer,
  scoringPlace,
} from './lead-views';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function leadIdArgument(text: string): string {
  if (!uuid.test(text)) throw new CliError(`Lead id must be a UUID, got ${JSON.stringify(text)}`, usageExitCode);
  return text.toLowerCase();
}

export function adminHeaders(context: CliContext): Record<string, string> {
  const key = context.settings().adminApiKey;
  if (!key) throw new CliError("capture's admin key is needed: set ACCORD_ADMIN_API_KEY (npm start writes it to .run/capture-admin-key)", usageExitCode);
  return { authorization: `Bearer ${key}` };
}

type PlaceOrAbsent = LeadPlace | null;

async function placeIn(context: CliContext, service: ServiceName, leadId: string): Promise<PlaceOrAbsent> {
  const client = context.service(service);
  const id = encodeURIComponent(leadId);
  switch (service) {
    case 'capture': {
      const found = await client.json<CaptureLeadStatus>(`/v1/admin/leads/${id}`, { headers: adminHeaders(context), notFoundAsNull: true });
      return found && capturePlace(found);
    }
    case 'enrichment': {
      const found = await client.json<EnrichmentAnswer>(`/v1/leads/${id}/enrichment`, { notFoundAsNull: true });
      return found && enrichmentPlace(found);
    }
    case 'scoring': {
      const found = await client.json<ScoreAnswer>(`/v1/leads/${id}/score`, { notFoundAsNull: true });
      return found && scoringPlace(found);
    }
    case 'hand-off': {
      const found = await client.json<RoutingAnswer>(`/v1/leads/${id}/routing`, { notFoundAsNull: true });
      return found && handOffPlace(found, new Date());
    }
    case 'rewards': {
      const found = await client.json<FunnelAnswer>(`/v1/funnel/leads/${id}`, { notFoundAsNull: true });
      return found && rewardsPlace(found);
    }
  }
}

export function leadView(leadId: string, results: ServiceResult<PlaceOrAbsent>[]) {
  return {
    leadId,
    services: results.map((result) =>
      !result.ok
        ? { service: result.service, known: null, state: null, last: null, at: null, error: result.error }
        : { service: result.service, known: result.value !== null, ...(result.value ?? { state: null, last: null, at: null }), error: null },
    ),
  };
}

export function renderLead(view: ReturnType<typeof leadView>): string {
  return [
    `lead ${view.leadId}`,
    renderTable(
      ['service', 'state', 'last', 'at'],
      view.services.map((row) => [row.service, row.error ? 'no answer' : row.known ? row.state : 'not known here', row.last, row.at]),
    ),
  ].join('\n');
}

export function registerLeadCommand(program: Command, context: CliContext): void {
  jsonFlag(program.command('lead'))
    .description('where a lead is in each service, and what happened to it last')
    .argument('<leadId>')
    .action(async (leadIdText: string, options: { json?: boolean }) => {
      const leadId = leadIdArgument(leadIdText);
      const results = await askEachService((service) => placeIn(context, service, leadId));
      emit(context.output(Boolean(options.json)), leadView(leadId, results), renderLead);
      failIfAnyFailed(results);
    });
}
