/** Starts PostgreSQL 15 through testcontainers and returns a superuser URL to its server. */
export async function startPostgresContainer(): Promise<string> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:15-alpine')
    .withDatabase('postgres')
    .withUsername('postgres')
    .withPassword('postgres')
    .withReuse()
    .start();
  return container.getConnectionUri();
}
