import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from '@accord/config';
import { scoringConfigSchema } from './scoring-config';

const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord_scoring', KAFKA_BROKERS: '127.0.0.1:9092' };

describe('scoring configuration', () => {
  it('loads the bundled playbook by default', () => {
    const config = loadConfig(scoringConfigSchema, env);
    expect(config.SCORING_PLAYBOOK_PATH.version).toMatch(/^default@/);
    expect(config.DECAY_SWEEP_INTERVAL_MS).toBe(3_600_000);
  });

  it('stops on a playbook file that is missing or invalid, naming the variable', () => {
    const invalid = join(tmpdir(), `playbook-${process.pid}.yaml`);
    writeFileSync(invalid, 'name: broken\nfit: {}\n');
    for (const path of [invalid, '/nonexistent/playbook.yaml']) {
      try {
        loadConfig(scoringConfigSchema, { ...env, SCORING_PLAYBOOK_PATH: path });
        throw new Error('expected a ConfigurationError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as ConfigurationError).invalidVariables.map((v) => v.variable)).toEqual(['SCORING_PLAYBOOK_PATH']);
        expect((error as Error).message).toContain(path);
      }
    }
  });
});
