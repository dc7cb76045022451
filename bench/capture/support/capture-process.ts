import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { eventually, testAuthEnv, testBrokers } from '@accord/testing';

export interface CaptureProcessOptions {
  databaseUrl: string;
  port: number;
  adminKey: string;
  topicPrefix: string;
  poolSize: number;
}

/** The capture service as its own process, as in production, with limits out of the way of the load. */
export async function startCaptureProcess(options: CaptureProcessOptions): Promise<ChildProcess> {
  const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', '--cpu-prof-dir=tmp/capture-profile'] : [];
  const child = spawn(process.execPath, [...profile, '-r', '@swc-node/register', 'apps/capture/src/main.ts'], {
    cwd: join(__dirname, '..', '..', '..'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      KAFKA_BROKERS: testBrokers().join(','),
      KAFKA_TOPIC_PREFIX: options.topicPrefix,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      ADMIN_API_KEY: options.adminKey,
      ...testAuthEnv(),
      PAYLOAD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
    },
  });
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`capture exited with ${child.exitCode}`);
      const health = await fetch(`http://127.0.0.1:${options.port}/health`);
      if (health.status !== 200) throw new Error('capture is not ready');
    },
    { timeoutMs: 90_000, intervalMs: 250 },
  );
  return child;
}

export async function stopCaptureProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function createApiKey(url: string, adminKey: string, source: string): Promise<string> {
  const created = await fetch(`${url}/v1/admin/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ name: source, source }),
  });
  return ((await created.json()) as { key: string }).key;
}
