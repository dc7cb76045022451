import { startLocalPostgresCluster } from './local-postgres-cluster';
import { postgresAnswers } from './postgres-probe';
import { containerRuntimeAnswers } from './container-runtime';
import { startPostgresContainer } from './postgres-container';

export interface PostgresForTests {
  /** A superuser URL to the maintenance database; tests create their own databases from it. */
  adminUrl: string;
}

export const LOCAL_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

let found: Promise<PostgresForTests> | undefined;

/**
 * A real PostgreSQL server for tests, found or started once per process:
 * 1. TEST_DATABASE_ADMIN_URL when set (it must answer);
 * 2. the local server at 127.0.0.1:5432, started with pg_ctlcluster first if it is down;
 * 3. PostgreSQL 15 through testcontainers when a container runtime answers.
 */
export function postgresForTests(): Promise<PostgresForTests> {
  found ??= findPostgres().catch((error: unknown) => {
    found = undefined;
    throw error;
  });
  return found;
}

async function findPostgres(): Promise<PostgresForTests> {
  const configured = process.env['TEST_DATABASE_ADMIN_URL'];
  if (configured) {
    if (await postgresAnswers(configured)) return { adminUrl: configured };
    throw new Error(`TEST_DATABASE_ADMIN_URL is set but ${redact(configured)} does not answer`);
  }

  if (await postgresAnswers(LOCAL_POSTGRES_ADMIN_URL))
    return { adminUrl: LOCAL_POSTGRES_ADMIN_URL };
  if (
    (await startLocalPostgresCluster()) &&
    (await postgresAnswers(LOCAL_POSTGRES_ADMIN_URL, 10_000))
  ) {
    return { adminUrl: LOCAL_POSTGRES_ADMIN_URL };
  }

  if (await containerRuntimeAnswers()) return { adminUrl: await startPostgresContainer() };

  throw new Error(
    `No PostgreSQL for tests: TEST_DATABASE_ADMIN_URL is not set, nothing answers at ` +
      `${LOCAL_POSTGRES_ADMIN_URL}, and no container runtime answers to start one`,
  );
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
