import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repositoryRoot = join(__dirname, '..', '..', '..', '..', '..');
export const observabilityDir = join(repositoryRoot, 'infra', 'observability');
export const prometheusConfigFile = join(observabilityDir, 'prometheus', 'prometheus.yml');
export const alertRulesFile = join(observabilityDir, 'prometheus', 'alerts.yml');
export const dashboardsDir = join(observabilityDir, 'grafana', 'dashboards');

/** Every dashboard Grafana is provisioned with, parsed. */
export function dashboards(): Array<{ file: string; json: unknown }> {
  return readdirSync(dashboardsDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as unknown }));
}
