import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from './event-catalogue';
import { parseEvent } from './parse-event';

const samplesDir = join(__dirname, '..', 'samples');
const sampleFiles = readdirSync(samplesDir).filter((file) => file.endsWith('.json'));

describe('stored event samples', () => {
  it('exist for every event version in the catalogue', () => {
    const sampled = sampleFiles.map((file) => file.replace(/\.json$/, ''));
    expect(sampled.sort()).toEqual(eventCatalogue.map((event) => event.type).sort());
  });

  it.each(sampleFiles)('%s still parses', (file) => {
    const sample = JSON.parse(readFileSync(join(samplesDir, file), 'utf8'));
    expect(parseEvent(sample).type).toBe(file.replace(/\.json$/, ''));
  });
});
