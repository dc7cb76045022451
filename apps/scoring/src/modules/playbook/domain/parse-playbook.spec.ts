import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { InvalidPlaybookError, parsePlaybook } from './parse-playbook';
import { defaultPlaybookPath } from './test-playbook';

const defaultYaml = readFileSync(defaultPlaybookPath, 'utf8');
const edited = (edit: (document: ReturnType<typeof parse>) => void) => {
  const document = parse(defaultYaml);
  edit(document);
  return stringify(document);
};
const problemsOf = (yamlText: string) => {
  try {
    parsePlaybook(yamlText);
  } catch (error) {
    if (error instanceof InvalidPlaybookError) return error.problems;
    throw error;
  }
  throw new Error('expected the playbook to be refused');
};

describe('parsePlaybook', () => {
  it('accepts the default playbook and names its version after its content', () => {
    expect(parsePlaybook(defaultYaml).version).toMatch(/^default@[0-9a-f]{12}$/);
  });

  it('keeps the version when only layout and comments change', () => {
    expect(parsePlaybook(stringify(parse(defaultYaml))).version).toBe(parsePlaybook(defaultYaml).version);
  });

  it('gives a changed playbook a new version', () => {
    const changed = edited((document) => (document.fit.rules[0].points = 21));
    expect(parsePlaybook(changed).version).not.toBe(parsePlaybook(defaultYaml).version);
  });

  it('names every problem of an invalid playbook', () => {
    const problems = problemsOf(
      edited((document) => {
        document.priority.fitWeight = 0.9;
        document.fit.rules[0].when = { fact: 'jobTitle', matches: '(' };
      }),
    );
    expect(problems.join('\n')).toMatch(/priority: weights must add up to 1/);
    expect(problems.join('\n')).toMatch(/fit\.rules\.0\.when/);
  });

  it('needs a catch-all rule for every activity type', () => {
    const problems = problemsOf(
      edited((document) => {
        document.engagement.rules = document.engagement.rules.filter((rule: { activity: string }) => rule.activity !== 'email_open');
      }),
    );
    expect(problems).toEqual(['engagement.rules: activity type email_open needs a rule without urlMatches']);
  });

  it('refuses unknown activity types, unknown keys and a recycle threshold above the MQL threshold', () => {
    const problems = problemsOf(
      edited((document) => {
        document.engagement.rules[0].activity = 'tweet';
        document.grades[0].bonus = 1;
        document.stages.recycle.belowPriority = 90;
      }),
    );
    expect(problems.join('\n')).toMatch(/engagement\.rules\.0\.activity/);
    expect(problems.join('\n')).toMatch(/grades\.0/);
    expect(problems.join('\n')).toMatch(/stages\.recycle\.belowPriority/);
  });

  it('refuses text that is not YAML', () => {
    expect(problemsOf('fit: [unclosed')[0]).toMatch(/not YAML/);
  });
});
