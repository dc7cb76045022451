import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { repositoryRoot } from './repository-root';

/**
 * Runs `infra/kafka/kafka.sh start`, which fetches the pinned broker from Maven Central on
 * first use and is a no-op when the broker already runs. Its progress goes to stderr.
 */
export async function startLocalKafka(port: number): Promise<string[]> {
  const script = resolve(repositoryRoot(), 'infra/kafka/kafka.sh');
  await new Promise<void>((done, fail) => {
    const child = spawn('bash', [script, 'start'], {
      env: { ...process.env, KAFKA_PORT: String(port) },
      stdio: ['ignore', 2, 2],
    });
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0
        ? done()
        : fail(
            new Error(
              `${script} start failed (${signal ?? `exit code ${code}`}); see the output above`,
            ),
          ),
    );
  });
  return [`127.0.0.1:${port}`];
}
