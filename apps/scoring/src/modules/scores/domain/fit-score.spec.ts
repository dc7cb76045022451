import { loadDefaultPlaybook } from '../../playbook/domain/test-playbook';
import { fitScore } from './fit-score';

const playbook = loadDefaultPlaybook();
const fact = (value: string | number | boolean | null) => ({ value });

describe('fitScore', () => {
  it('explains every point of a senior business lead at a target account', () => {
    const fit = fitScore(
      {
        isFreeMail: fact(false),
        companyDomain: fact('example.nl'),
        seniority: fact('vp'),
        department: fact('Marketing'),
        country: fact('NL'),
        isTargetAccount: fact(true),
        employeeCount: fact(400),
      },
      playbook,
    );
    expect(fit.contributions.map((c) => c.rule)).toEqual([
      'business-email',
      'company-known',
      'senior-decision-maker',
      'buying-department',
      'target-country',
      'target-account',
      'mid-market-company',
    ]);
    expect(fit.score).toBe(100);
    expect(fit.grade).toBe('A');
  });

  it('falls back to the job title when seniority is unknown, and only then', () => {
    const byTitle = fitScore({ jobTitle: fact('Head of Marketing') }, playbook);
    expect(byTitle.contributions.map((c) => c.rule)).toContain('senior-decision-maker');
    const bySeniority = fitScore({ jobTitle: fact('Head of Marketing'), seniority: fact('individual-contributor') }, playbook);
    expect(bySeniority.contributions.map((c) => c.rule)).not.toContain('senior-decision-maker');
  });

  it('penalises disposable and free-mail addresses without going below zero', () => {
    const fit = fitScore({ isFreeMail: fact(true), isDisposable: fact(true) }, playbook);
    expect(fit.contributions).toEqual([
      { rule: 'free-mail', dimension: 'fit', points: -10 },
      { rule: 'disposable-email', dimension: 'fit', points: -50 },
    ]);
    expect(fit).toMatchObject({ score: 0, grade: 'D' });
  });

  it('grades by the playbook bands', () => {
    expect(fitScore({ isFreeMail: fact(false), company: fact('X'), jobTitle: fact('CTO'), country: fact('BE') }, playbook)).toMatchObject({
      score: 65,
      grade: 'B',
    });
    expect(fitScore({}, playbook)).toMatchObject({ score: 0, grade: 'D', contributions: [] });
  });
});
