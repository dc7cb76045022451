import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeadLetterAdmin } from '@accord/messaging';
import { CliContext } from './cli-context';
import { CliError } from './cli-error';
import { ServiceClient } from './http/service-client';
import { buildProgram } from './program';
import { CliSettings, cliSettingsFrom } from './settings/cli-settings';

const runFile = (name: string) => () => {
  const file = join(process.cwd(), '.run', name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
};

let settings: CliSettings | undefined;
const loadSettings = () => (settings ??= cliSettingsFrom(process.env, runFile('capture-admin-key'), runFile('system-api-key')));

const stderrLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (_context: object, message: string) => process.stderr.write(`kafka: ${message}\n`),
  error: (_context: object, message: string) => process.stderr.write(`kafka: ${message}\n`),
};

const context: CliContext = {
  settings: loadSettings,
  // Capture's admin routes take its own admin key (sent per command); the other services a system API key.
  service: (name) =>
    new ServiceClient(name, loadSettings().serviceUrls[name], loadSettings().httpTimeoutMs, name === 'capture' ? null : loadSettings().serviceApiKey),
  deadLetters: () =>
    new DeadLetterAdmin({ brokers: loadSettings().kafkaBrokers, topicPrefix: loadSettings().topicPrefix, logger: stderrLogger }),
  output: (json) => ({ json, write: (text) => process.stdout.write(`${text}\n`) }),
};

buildProgram(context)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`accord: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  });
