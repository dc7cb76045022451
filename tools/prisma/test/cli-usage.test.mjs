import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './support/cli-runner.mjs';

const DEMO_APP = fileURLToPath(new URL('../fixtures/demo', import.meta.url));

describe('cli usage errors', () => {
  it('names DATABASE_URL when a migrate command runs without it', async () => {
    const run = await runCli(['deploy', DEMO_APP]);
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /DATABASE_URL is not set/);
  });

  it('rejects an unknown route choice', async () => {
    const run = await runCli(['status', DEMO_APP], {
      env: {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
        ACCORD_PRISMA_ROUTE: 'fast',
      },
    });
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /ACCORD_PRISMA_ROUTE must be one of native, offline, auto/);
  });

  it('prints usage for an unknown command', async () => {
    const run = await runCli(['migrate-everything']);
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /new-migration <app-dir> <name>/);
  });

  it('needs an app directory with a schema', async () => {
    const run = await runCli(['generate', '/nonexistent/app']);
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /schema\.prisma does not exist/);
  });
});
