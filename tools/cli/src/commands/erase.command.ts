import { Command } from 'commander';
import { CliContext } from '../cli-context';
import { emit } from '../output/output';
import { renderRecord } from '../output/table';
import { jsonFlag } from './json-flag';
import { adminHeaders, leadIdArgument } from './lead.command';

interface ErasureAnswer {
  leadId: string;
  erasedAt: string;
  eventId: string;
  alreadyErased: boolean;
}

export function registerEraseCommand(program: Command, context: CliContext): void {
  jsonFlag(program.command('erase'))
    .description("erase a lead's personal data in capture, which tells every other service to erase theirs (capture.lead.erased.v1)")
    .argument('<leadId>')
    .action(async (leadIdText: string, options: { json?: boolean }) => {
      const leadId = leadIdArgument(leadIdText);
      const answer = await context
        .service('capture')
        .json<ErasureAnswer>(`/v1/admin/leads/${leadId}/erasure`, { method: 'POST', headers: adminHeaders(context) });
      emit(context.output(Boolean(options.json)), answer, (body) =>
        renderRecord([
          ['lead', body.leadId],
          ['erased at', body.erasedAt],
          ['event', `capture.lead.erased.v1 ${body.eventId}`],
          ['note', body.alreadyErased ? 'was already erased; the event was published again' : 'enrichment, scoring and hand-off erase theirs when they handle the event'],
        ]),
      );
    });
}
