import { loadDefaultPlaybook } from '../../playbook/domain/test-playbook';
import { scoreTrigger } from './score-trigger';

const playbook = loadDefaultPlaybook();
const score = (fit: number, rulePriority: number) => ({ fit: { score: fit }, rulePriority });
const never = { stageChangedAt: null, lastActivityAt: null };
const at = (iso: string) => new Date(iso);

describe('scoreTrigger', () => {
  it('qualifies a lead, a nurtured or a recycled lead at the MQL thresholds', () => {
    expect(scoreTrigger('lead', score(65, 55), playbook, never)?.trigger).toBe('qualified');
    expect(scoreTrigger('nurture', score(50, 50), playbook, never)?.reason).toMatch(/priority 50 reached the MQL threshold 50/);
    expect(scoreTrigger('recycled', score(80, 70), playbook, never)?.trigger).toBe('qualified');
  });

  it('re-qualifies a nurtured or recycled lead only on engagement after it left the funnel', () => {
    const left = at('2026-11-01T00:00:00.000Z');
    expect(scoreTrigger('nurture', score(80, 70), playbook, { stageChangedAt: left, lastActivityAt: at('2026-10-30T00:00:00.000Z') })).toBeNull();
    expect(scoreTrigger('recycled', score(80, 70), playbook, { stageChangedAt: left, lastActivityAt: null })).toBeNull();
    expect(scoreTrigger('nurture', score(80, 70), playbook, { stageChangedAt: left, lastActivityAt: at('2026-11-02T00:00:00.000Z') })?.trigger).toBe(
      'qualified',
    );
  });

  it('does not qualify below either threshold or a second time', () => {
    expect(scoreTrigger('lead', score(49, 80), playbook, never)).toBeNull();
    expect(scoreTrigger('lead', score(80, 49), playbook, never)).toBeNull();
    expect(scoreTrigger('mql', score(90, 90), playbook, never)).toBeNull();
  });

  it('sends an unaccepted MQL to nurture only below the recycle threshold', () => {
    expect(scoreTrigger('mql', score(65, 45), playbook, never)).toBeNull();
    expect(scoreTrigger('mql', score(65, 44), playbook, never)).toMatchObject({ trigger: 'decayed' });
    expect(scoreTrigger('sal', score(0, 0), playbook, never)).toBeNull();
  });
});
