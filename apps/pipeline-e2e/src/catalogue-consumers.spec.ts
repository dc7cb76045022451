import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from '@accord/contracts';

const appsDir = join(__dirname, '..', '..');
const services = ['capture', 'enrichment', 'scoring', 'hand-off', 'rewards'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function handledEventTypes(service: string): Set<string> {
  const pattern = /@HandlesEvent\('([^']+)'\)/g;
  return new Set(
    sourceFiles(join(appsDir, service, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => match[1]),
    ),
  );
}

describe('the event catalogue', () => {
  const handled = new Map(services.map((service) => [service, handledEventTypes(service)]));

  it.each(eventCatalogue.map((event) => [event.type, event]))('names the real consumers of %s', (type, event) => {
    const consumers = services.filter((service) => handled.get(service)?.has(type as string));
    expect([...event.consumers].filter((consumer) => services.includes(consumer)).sort()).toEqual(consumers.sort());
  });
});
