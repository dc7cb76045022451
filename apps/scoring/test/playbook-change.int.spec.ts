import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { parse, stringify } from 'yaml';
import { eventually, TestDatabase } from '@accord/testing';
import { defaultPlaybookFile } from '../src/config/playbook-variable';
import { parsePlaybook } from '../src/modules/playbook/domain/parse-playbook';
import { ScoringUnderTest } from './support/scoring-under-test';

describe('a changed playbook over real Kafka and PostgreSQL', () => {
  let first: ScoringUnderTest | undefined;
  let second: ScoringUnderTest | undefined;
  let database: TestDatabase | undefined;

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('gets a new version and re-scores every lead under it when the service starts with it', async () => {
    first = await ScoringUnderTest.start();
    const leadId = uuidv7();
    const observedAt = new Date().toISOString();
    const fact = (value: string | boolean) => ({ value, provider: 'test', observedAt });
    await first.produce('enrichment.lead.enriched.v1', {
      leadId,
      facts: { isFreeMail: fact(false), company: fact('Example'), jobTitle: fact('CTO'), country: fact('NL') },
    });
    await eventually(() => expect(first?.eventsFor('scoring.lead.scored.v1', leadId)).toHaveLength(1));
    const before = first.eventsFor('scoring.lead.scored.v1', leadId)[0].payload;
    expect(before).toMatchObject({ fit: { score: 65 }, modelVersion: parsePlaybook(readFileSync(defaultPlaybookFile, 'utf8')).version });
    database = await first.stop({ keepDatabase: true });
    first = undefined;

    const document = parse(readFileSync(defaultPlaybookFile, 'utf8'));
    document.fit.rules.find((rule: { name: string }) => rule.name === 'business-email').points = 45;
    const changedYaml = stringify(document);
    const changedFile = join(tmpdir(), `playbook-${leadId}.yaml`);
    writeFileSync(changedFile, changedYaml);
    const changedVersion = parsePlaybook(changedYaml).version;
    expect(changedVersion).not.toBe(before.modelVersion);

    second = await ScoringUnderTest.start({ SCORING_PLAYBOOK_PATH: changedFile }, database);
    database = undefined;
    await eventually(() => expect(second?.eventsFor('scoring.lead.scored.v1', leadId)).toHaveLength(1));
    const after = second.eventsFor('scoring.lead.scored.v1', leadId)[0].payload;
    expect(after).toMatchObject({ modelVersion: changedVersion, fit: { score: 90, grade: 'A' } });
    expect(after.explanation).toContainEqual({ rule: 'business-email', dimension: 'fit', points: 45 });
    await eventually(() =>
      expect(second?.eventsFor('scoring.lead.stage-changed.v1', leadId).map((event) => event.payload.to)).toEqual(['mql']),
    );
    const { rows } = await second.pool.query('SELECT cause FROM score_history WHERE lead_id = $1 ORDER BY id', [leadId]);
    expect(rows).toEqual([{ cause: 'enriched' }, { cause: 'playbook-change' }]);
  });
});
