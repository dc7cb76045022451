import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { alertRulesFile, dashboards } from './observability-files';
import { alertSignals } from './alert-signals';

export interface NamedQuery {
  /** Where the expression comes from, for a failure message an operator can follow. */
  source: string;
  expression: string;
}

/**
 * Grafana's own variables become what Grafana would send over a short test: a rate window a few
 * scrapes wide, the whole run as the dashboard range, every service for "All".
 */
const grafanaVariables: Record<string, string> = {
  $__rate_interval: '15s',
  $__interval: '5s',
  $__range: '5m',
  $service: '.+',
};

export function substituteVariables(expression: string): string {
  const substituted = Object.entries(grafanaVariables).reduce(
    (text, [variable, value]) => text.split(variable).join(value),
    expression,
  );
  const left = /\$\{?\w+/.exec(substituted);
  if (left) throw new Error(`"${expression}" uses ${left[0]}, which the test does not know how to fill in`);
  return substituted;
}

interface Panel {
  title?: string;
  targets?: Array<{ expr?: string; refId?: string }>;
  panels?: Panel[];
}

interface Dashboard {
  title: string;
  panels?: Panel[];
  templating?: { list?: Array<{ name: string; type: string; query?: string | { query?: string } }> };
}

/** Every panel target of every dashboard (rows' nested panels included) and every query variable's selector. */
export function dashboardQueries(): NamedQuery[] {
  return dashboards().flatMap(({ file, json }) => {
    const dashboard = json as Dashboard;
    const panels = (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
    const targets = panels.flatMap((panel) =>
      (panel.targets ?? []).map((target) => {
        if (!target.expr) throw new Error(`${file}: panel "${panel.title}" target ${target.refId} has no expression`);
        return { source: `${file} › ${panel.title} › ${target.refId}`, expression: substituteVariables(target.expr) };
      }),
    );
    const variables = (dashboard.templating?.list ?? [])
      .filter((variable) => variable.type === 'query')
      .map((variable) => {
        const query = typeof variable.query === 'string' ? variable.query : (variable.query?.query ?? '');
        const selector = /^label_values\((.+),\s*\w+\)$/.exec(query)?.[1];
        if (!selector) throw new Error(`${file}: variable $${variable.name} is not label_values(<selector>, <label>): ${query}`);
        return { source: `${file} › variable $${variable.name}`, expression: selector };
      });
    return [...targets, ...variables];
  });
}

interface RuleFile {
  groups: Array<{ name: string; rules: Array<{ alert?: string; record?: string; expr: string }> }>;
}

/** The signal under every alert: each rule's expression with its threshold comparison taken off. */
export function alertQueries(): NamedQuery[] {
  const rules = parse(readFileSync(alertRulesFile, 'utf8')) as RuleFile;
  return rules.groups.flatMap((group) =>
    group.rules.flatMap((rule) =>
      alertSignals(rule.expr).map((expression, index) => ({
        source: `alerts.yml › ${rule.alert ?? rule.record} › signal ${index + 1}`,
        expression,
      })),
    ),
  );
}
