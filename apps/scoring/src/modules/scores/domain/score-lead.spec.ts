import { loadDefaultPlaybook } from '../../playbook/domain/test-playbook';
import { scoreLead } from './score-lead';

const playbook = loadDefaultPlaybook();
const now = new Date('2026-11-20T12:00:00.000Z');
const facts = { isFreeMail: { value: false }, company: { value: 'Example' }, jobTitle: { value: 'CTO' }, country: { value: 'NL' } };
const activities = [{ type: 'form_submission' as const, occurredAt: now }];

describe('scoreLead', () => {
  it('combines fit and engagement by the playbook weights and explains both', () => {
    const score = scoreLead({ facts, activities }, playbook, now);
    expect(score).toMatchObject({
      playbookVersion: playbook.version,
      modelVersion: playbook.version,
      fit: { score: 65, grade: 'B' },
      engagement: { score: 40 },
      rulePriority: Math.round(0.6 * 65 + 0.4 * 40),
      priorityBasis: 'rule',
      predictedWinProbability: null,
    });
    expect(score.priority).toBe(score.rulePriority);
    expect(score.explanation.filter((c) => c.dimension === 'engagement').map((c) => c.rule)).toEqual(['form-submission']);
  });

  it('publishes a prediction beside the rule score and ranks by it only once the model is the default', () => {
    const beside = scoreLead({ facts, activities }, playbook, now, { modelVersion: 'win@1', probability: 0.123456, isDefault: false });
    expect(beside).toMatchObject({ predictedWinProbability: 0.1235, priorityBasis: 'rule', priority: beside.rulePriority });
    const ranking = scoreLead({ facts, activities }, playbook, now, { modelVersion: 'win@1', probability: 0.8, isDefault: true });
    expect(ranking).toMatchObject({ priority: 80, priorityBasis: 'model', modelVersion: `${playbook.version}+win@1` });
  });
});
