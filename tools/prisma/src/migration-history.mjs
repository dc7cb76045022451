import fs from 'node:fs';
import path from 'node:path';

const MIGRATION_FOLDER = /^(\d{14})_\w+$/;

export function committedMigrationNames(migrationsDir) {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort();
}

export function latestMigrationTimestamp(migrationsDir) {
  const timestamps = committedMigrationNames(migrationsDir)
    .map((name) => name.match(MIGRATION_FOLDER)?.[1])
    .filter(Boolean);
  return timestamps.at(-1) ?? null;
}
