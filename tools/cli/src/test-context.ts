import { Command } from 'commander';
import { CliContext, DeadLetters } from './cli-context';
import { ServiceClient } from './http/service-client';
import { CliSettings, cliSettingsFrom, ServiceName } from './settings/cli-settings';

/** A context whose output is collected, for running the real program in tests. */
export function testContext(overrides: { env?: NodeJS.ProcessEnv; deadLetters?: () => DeadLetters } = {}) {
  const written: string[] = [];
  const settings: CliSettings = cliSettingsFrom(overrides.env ?? {});
  const context: CliContext = {
    settings: () => settings,
    service: (name: ServiceName) => new ServiceClient(name, settings.serviceUrls[name], settings.httpTimeoutMs),
    deadLetters: overrides.deadLetters ?? (() => {
      throw new Error('no Kafka in this test');
    }),
    output: (json) => ({ json, write: (text) => void written.push(text) }),
  };
  return { context, written };
}

/** Commander errors throw instead of exiting, and its own messages stay out of the test output. */
export const quiet = (program: Command) => void program.exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
