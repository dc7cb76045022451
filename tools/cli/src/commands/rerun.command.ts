import { Command } from 'commander';
import { CliContext } from '../cli-context';
import { emit } from '../output/output';
import { renderRecord } from '../output/table';
import { jsonFlag } from './json-flag';
import { leadIdArgument } from './lead.command';

const reruns = {
  enrichment: { service: 'enrichment', path: (leadId: string) => `/v1/leads/${leadId}/enrichment/rerun` },
  scoring: { service: 'scoring', path: (leadId: string) => `/v1/leads/${leadId}/score/rerun` },
} as const;

export function registerRerunCommand(program: Command, context: CliContext): void {
  const rerun = program.command('rerun').description('run a step again for one lead; it publishes its event as usual');
  for (const [step, target] of Object.entries(reruns)) {
    jsonFlag(rerun.command(step))
      .description(`${step} again from what ${target.service} already knows about the lead`)
      .argument('<leadId>')
      .action(async (leadIdText: string, options: { json?: boolean }) => {
        const leadId = leadIdArgument(leadIdText);
        const answer = await context.service(target.service).json<Record<string, unknown>>(target.path(leadId), { method: 'POST' });
        emit(context.output(Boolean(options.json)), answer, (body) =>
          renderRecord(Object.entries(body).map(([name, value]) => [name, typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string)])),
        );
      });
  }
}
