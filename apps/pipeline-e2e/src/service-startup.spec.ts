import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..', '..');

function startCapture(env: Record<string, string>) {
  return spawnSync(process.execPath, ['dist/apps/capture/src/main.js'], {
    cwd: repositoryRoot,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('service start-up configuration', () => {
  it('refuses to start without its database and Kafka, naming both variables', () => {
    const result = startCapture({});
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('capture: Invalid configuration');
    expect(result.stderr).toContain('DATABASE_URL: is required but not set');
    expect(result.stderr).toContain('KAFKA_BROKERS: is required but not set');
  });

  it('names a malformed variable and what is wrong with it', () => {
    const result = startCapture({
      DATABASE_URL: 'mysql://somewhere/capture',
      KAFKA_BROKERS: '127.0.0.1:9092',
      PORT: 'eighty',
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(result.stderr).toMatch(/PORT: /);
  });
});
