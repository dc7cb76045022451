import { Command } from 'commander';
import { CliContext } from './cli-context';
import { registerDlqCommands } from './commands/dlq.command';
import { registerEraseCommand } from './commands/erase.command';
import { registerLeadCommand } from './commands/lead.command';
import { registerOutboxCommand } from './commands/outbox.command';
import { registerRerunCommand } from './commands/rerun.command';

/** `configure` runs before the commands are added, so they inherit its settings (tests use exitOverride). */
export function buildProgram(context: CliContext, configure: (program: Command) => void = () => undefined): Command {
  const program = new Command('accord')
    .description('Operate Accord: dead letters, outbox backlogs, where a lead is, re-runs and erasure')
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nEnvironment: ACCORD_CAPTURE_URL … ACCORD_REWARDS_URL (default http://localhost:3101–3105), KAFKA_BROKERS,\n' +
        'KAFKA_TOPIC_PREFIX, ACCORD_ADMIN_API_KEY (capture admin key; default .run/capture-admin-key), ACCORD_API_KEY (system API key with the admin scope for the other services; default .run/system-api-key).',
    );
  configure(program);
  registerDlqCommands(program, context);
  registerOutboxCommand(program, context);
  registerLeadCommand(program, context);
  registerRerunCommand(program, context);
  registerEraseCommand(program, context);
  return program;
}
