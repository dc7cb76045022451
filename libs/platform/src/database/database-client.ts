import { PrismaPg } from '@prisma/adapter-pg';
import { createOutageTolerantPool, SqlExecutor, TransactionalDatabase } from '@accord/messaging';

/** What a service's generated Prisma client looks like from the outside. */
export interface DatabaseClient extends SqlExecutor, TransactionalDatabase {
  $disconnect(): Promise<void>;
}

export type DatabaseClientClass<Client extends DatabaseClient = DatabaseClient> = new (options: {
  adapter: PrismaPg;
  errorFormat: 'minimal';
}) => Client;

export interface DatabaseConnection {
  url: string;
  poolSize: number;
  service: string;
}

export function connectDatabaseClient<Client extends DatabaseClient>(
  ClientClass: DatabaseClientClass<Client>,
  { url, poolSize, service }: DatabaseConnection,
  // A lost connection fails the query or transaction using it; that failure is what gets reported.
  onConnectionLost: (error: Error) => void = () => undefined,
): Client {
  const pool = createOutageTolerantPool({ connectionString: url, max: poolSize, application_name: service }, onConnectionLost);
  // The other error formats capture a stack trace at every query, to quote the calling line should it
  // fail: a fifth of a raw query's CPU. Errors keep their code and the database's message.
  return new ClientClass({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), errorFormat: 'minimal' });
}
