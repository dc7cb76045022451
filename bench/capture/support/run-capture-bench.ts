import { randomBytes } from 'node:crypto';
import { createMigratedTestDatabase } from '@accord/testing';
import { createApiKey, startCaptureProcess, stopCaptureProcess } from './capture-process';

export interface CaptureBenchOptions {
  runId: string;
  poolSize: number;
  /** Lead source of the API key the bench sends with. */
  keySource: string;
}

export interface CaptureUnderBench {
  url: string;
  databaseUrl: string;
  key: string;
  /** Frees the machine for a measurement without the service; the run stops it anyway at the end. */
  stopService(): Promise<void>;
}

/** Runs a bench against a capture process on a fresh database, removes both afterwards and exits with the outcome. */
export function runCaptureBench(options: CaptureBenchOptions, bench: (capture: CaptureUnderBench) => Promise<void>): void {
  run(options, bench).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

async function run(options: CaptureBenchOptions, bench: (capture: CaptureUnderBench) => Promise<void>): Promise<void> {
  const database = await createMigratedTestDatabase('capture');
  const adminKey = randomBytes(24).toString('hex');
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const url = `http://127.0.0.1:${port}`;
  const service = await startCaptureProcess({ databaseUrl: database.url, port, adminKey, topicPrefix: `${options.runId}.`, poolSize: options.poolSize });
  try {
    const key = await createApiKey(url, adminKey, options.keySource);
    await bench({ url, databaseUrl: database.url, key, stopService: () => stopCaptureProcess(service) });
  } finally {
    await stopCaptureProcess(service);
    await database.drop();
  }
}
