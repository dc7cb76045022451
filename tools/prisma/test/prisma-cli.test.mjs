import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeRun, runCli, runNode } from './support/cli-runner.mjs';
import { createFixtureWorkspace } from './support/fixture-workspace.mjs';
import {
  databaseExists,
  dropDatabases,
  uniqueDatabaseUrl,
  withConnection,
} from './support/test-databases.mjs';

async function migrationFolders(appDir) {
  const entries = await fs.readdir(path.join(appDir, 'prisma', 'migrations'), {
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function appliedMigrations(databaseUrl) {
  return withConnection(databaseUrl, async (client) => {
    const { rows } = await client.query(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return rows.map((row) => row.migration_name);
  });
}

async function columnsOf(databaseUrl, table) {
  return withConnection(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
      [table],
    );
    return Object.fromEntries(rows.map((row) => [row.column_name, row.data_type]));
  });
}

describe('prisma cli on the demo fixture, against fresh databases', () => {
  const databaseUrl = uniqueDatabaseUrl('accord_prisma_cli_test');
  const databaseName = new URL(databaseUrl).pathname.slice(1);
  const shadowName = `${databaseName}_shadow`;
  const env = { DATABASE_URL: databaseUrl };
  let workspace;
  let appDir;

  const cli = async (...args) => {
    const run = await runCli(args, { env });
    console.log(
      `# ${args.join(' ').replace(workspace.root, '<workspace>')}: exit ${run.exitCode}, ${run.seconds.toFixed(1)} s`,
    );
    return run;
  };
  const expectExit = (run, exitCode) => assert.equal(run.exitCode, exitCode, describeRun(run));

  before(async () => {
    workspace = await createFixtureWorkspace('demo');
    appDir = workspace.appDir;
  });

  after(async () => {
    await dropDatabases(databaseName, shadowName);
    await workspace?.remove();
  });

  it('generate writes the Prisma 7 client into the app', async () => {
    expectExit(await cli('generate', appDir), 0);
    await fs.access(path.join(appDir, 'src', 'generated', 'prisma', 'client.ts'));
  });

  it('new-migration creates the first migration and the lock file', async () => {
    expectExit(await cli('new-migration', appDir, 'init'), 0);
    const [first] = await migrationFolders(appDir);
    assert.match(first, /^\d{14}_init$/);
    const sql = await fs.readFile(
      path.join(appDir, 'prisma', 'migrations', first, 'migration.sql'),
      'utf8',
    );
    assert.match(sql, /CREATE TABLE "lead"/);
    assert.match(sql, /CREATE TABLE "outbox"/);
    assert.match(sql, /CREATE UNIQUE INDEX "lead_email_key"/);
    await fs.access(path.join(appDir, 'prisma', 'migrations', 'migration_lock.toml'));
  });

  it('deploy applies it', async () => {
    const run = await cli('deploy', appDir);
    expectExit(run, 0);
    console.log(
      `# deploy (${run.stderr.match(/(native|offline)[^)]*\)/)?.[0]}) took ${run.seconds.toFixed(1)} s`,
    );
    assert.deepEqual(await appliedMigrations(databaseUrl), await migrationFolders(appDir));
    assert.deepEqual(await columnsOf(databaseUrl, 'outbox'), {
      aggregate_id: 'uuid',
      event_type: 'text',
      id: 'bigint',
      occurred_at: 'timestamp with time zone',
      payload: 'jsonb',
      published_at: 'timestamp with time zone',
    });
  });

  it('status reports the database up to date', async () => {
    const run = await cli('status', appDir);
    expectExit(run, 0);
    assert.match(run.stdout, /Database schema is up to date/);
  });

  it('drift passes while schema and migrations agree, leaving no shadow database behind', async () => {
    expectExit(await cli('drift', appDir), 0);
    assert.equal(await databaseExists(shadowName), false);
  });

  it('drift fails once the schema gains a column', async () => {
    const schemaPath = path.join(appDir, 'prisma', 'schema.prisma');
    const schema = await fs.readFile(schemaPath, 'utf8');
    await fs.writeFile(
      schemaPath,
      schema.replace(/^(\s+source\s+String)$/m, '$1\n  score      Int      @default(0)'),
    );
    const run = await cli('drift', appDir);
    expectExit(run, 2);
    assert.match(run.stderr, /schema\.prisma and the committed migrations differ/);
  });

  it('new-migration creates the second migration, which deploy applies', async () => {
    expectExit(await cli('new-migration', appDir, 'add_lead_score'), 0);
    const folders = await migrationFolders(appDir);
    assert.equal(folders.length, 2);
    assert.match(folders[1], /^\d{14}_add_lead_score$/);
    const sql = await fs.readFile(
      path.join(appDir, 'prisma', 'migrations', folders[1], 'migration.sql'),
      'utf8',
    );
    assert.match(sql, /ALTER TABLE "lead" ADD COLUMN\s+"score" INTEGER NOT NULL DEFAULT 0/);

    expectExit(await cli('deploy', appDir), 0);
    assert.deepEqual(await appliedMigrations(databaseUrl), folders);
    assert.equal((await columnsOf(databaseUrl, 'lead')).score, 'integer');
  });

  it('drift passes again and new-migration refuses an empty migration', async () => {
    expectExit(await cli('drift', appDir), 0);
    const run = await cli('new-migration', appDir, 'nothing_changed');
    expectExit(run, 1);
    assert.match(run.stderr, /no migration written/);
    assert.equal((await migrationFolders(appDir)).length, 2);
  });

  it('deploy again is a no-op', async () => {
    const run = await cli('deploy', appDir);
    expectExit(run, 0);
    assert.match(run.stdout, /No pending migrations to apply/);
    assert.equal((await appliedMigrations(databaseUrl)).length, 2);
  });

  it('the -all commands cover every app with a schema in a folder', async () => {
    expectExit(await cli('generate-all', workspace.root), 0);
    // Per-app URL variables let one environment serve every service.
    const run = await runCli(['drift-all', workspace.root], {
      env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unused', DEMO_DATABASE_URL: databaseUrl },
    });
    expectExit(run, 0);
    assert.match(run.stderr, /demo: schema\.prisma matches the committed migrations/);
  });

  it('the regenerated client writes and reads rows through @prisma/adapter-pg', async () => {
    expectExit(await cli('generate', appDir), 0);
    const run = await runNode(['--require', '@swc-node/register', 'src/lead-round-trip.ts'], {
      cwd: appDir,
      env,
    });
    expectExit(run, 0);
    const { lead, outbox } = JSON.parse(run.stdout);
    assert.equal(lead.source, 'web-form');
    assert.equal(lead.score, 0);
    assert.equal(outbox.aggregateId, lead.id);
    assert.deepEqual(outbox.payload, { leadId: lead.id, channel: 'web-form' });
    assert.equal(outbox.publishedAt, null);
    assert.match(outbox.id, /^\d+$/);
  });
});
