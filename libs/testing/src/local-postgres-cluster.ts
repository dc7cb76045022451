import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Debian's PostgreSQL does not always come back after a machine restarts; where
 * `pg_ctlcluster` exists, start the installed cluster. Resolves to whether it tried.
 */
export async function startLocalPostgresCluster(): Promise<boolean> {
  const versions = await readdir('/etc/postgresql').catch(() => [] as string[]);
  const newest = versions
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) return false;
  try {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', newest, 'main', 'start'], {
      timeout: 60_000,
    });
  } catch {
    // Already running or not ours to start: the caller probes again either way.
  }
  return true;
}
