import { Command } from 'commander';

export function jsonFlag(command: Command): Command {
  return command.option('--json', 'print JSON for scripts instead of a table');
}
