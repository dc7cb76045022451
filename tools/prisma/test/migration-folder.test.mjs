import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { writeMigrationFolder } from '../src/migration-folder.mjs';
import { hasStatements } from '../src/migration-sql.mjs';

describe('writeMigrationFolder', () => {
  let migrationsDir;
  beforeEach(async () => {
    migrationsDir = path.join(
      await fs.mkdtemp(path.join(os.tmpdir(), 'accord-prisma-unit-')),
      'migrations',
    );
  });
  afterEach(() => fs.rm(path.dirname(migrationsDir), { recursive: true, force: true }));

  it('names the folder with the UTC timestamp and writes the lock file once', async () => {
    const folder = await writeMigrationFolder(
      migrationsDir,
      'init',
      'CREATE TABLE a ();',
      new Date('2025-03-04T05:06:07Z'),
    );
    assert.equal(path.basename(folder), '20250304050607_init');
    assert.equal(
      await fs.readFile(path.join(folder, 'migration.sql'), 'utf8'),
      'CREATE TABLE a ();\n',
    );
    await fs.writeFile(
      path.join(migrationsDir, 'migration_lock.toml'),
      'provider = "postgresql"\n# kept\n',
    );
    await writeMigrationFolder(
      migrationsDir,
      'second',
      'SELECT 1;',
      new Date('2025-03-04T06:00:00Z'),
    );
    assert.match(
      await fs.readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8'),
      /# kept/,
    );
  });

  it('sorts a migration created in the same second after the previous one', async () => {
    const now = new Date('2025-03-04T05:06:07Z');
    await writeMigrationFolder(migrationsDir, 'first', 'SELECT 1;', now);
    const second = await writeMigrationFolder(migrationsDir, 'second', 'SELECT 2;', now);
    assert.equal(path.basename(second), '20250304050608_second');
  });

  it('rejects names that are not lower snake case', async () => {
    await assert.rejects(
      writeMigrationFolder(migrationsDir, 'Add Score', 'SELECT 1;'),
      /lower snake case/,
    );
  });
});

describe('hasStatements', () => {
  it('treats the script Prisma prints for no changes as empty', () => {
    assert.equal(hasStatements('-- This is an empty migration.\n'), false);
    assert.equal(
      hasStatements('-- AlterTable\nALTER TABLE "lead" ADD COLUMN "score" INTEGER;\n'),
      true,
    );
  });
});
