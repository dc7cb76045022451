import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..', '..', '..');
const script = join(repositoryRoot, 'infra', 'kafka', 'kafka.sh');

/**
 * A broker of the chaos run's own, on other ports and with its own data directory, so it can be
 * stopped and started without touching the broker other test runs share on 9092.
 */
export const privateKafka = {
  port: Number(process.env['CHAOS_KAFKA_PORT'] ?? 39092),
  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  },
  start: () => kafkaScript('start'),
  stop: () => kafkaScript('stop'),
  /** Wipes the data of an earlier chaos run, so every run starts on an empty broker. */
  reset: () => kafkaScript('reset'),
};

function kafkaScript(command: 'start' | 'stop' | 'reset'): Promise<void> {
  const env = {
    ...process.env,
    KAFKA_PORT: String(privateKafka.port),
    KAFKA_CONTROLLER_PORT: String(privateKafka.port + 1),
    ACCORD_KAFKA_RUN_DIR: join(repositoryRoot, '.run', `kafka-chaos-${privateKafka.port}`),
    KAFKA_HEAP_OPTS: process.env['CHAOS_KAFKA_HEAP_OPTS'] ?? '-Xms256m -Xmx1g',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, command], { env, stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`kafka.sh ${command} for the chaos broker failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
