import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repositoryRoot } from './repository-root';

/** The Apache Kafka version pinned in infra/kafka/pom.xml, the one place it is recorded. */
export function pinnedKafkaVersion(): string {
  const pom = readFileSync(resolve(repositoryRoot(), 'infra/kafka/pom.xml'), 'utf8');
  const version = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(pom)?.[1];
  if (!version) throw new Error('infra/kafka/pom.xml has no <kafka.version>');
  return version;
}
