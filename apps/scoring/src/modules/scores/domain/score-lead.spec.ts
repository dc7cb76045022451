import { defaultFitModel } from './fit-model';
import { nextStage, scoreLead } from './score-lead';

const fact = (value: string | boolean | null) => ({ value });

describe('scoreLead', () => {
  it('explains every point of a senior business lead', () => {
    const score = scoreLead(
      {
        isFreeMail: fact(false),
        companyDomain: fact('example.nl'),
        jobTitle: fact('Head of Marketing'),
        country: fact('NL'),
      },
      defaultFitModel,
    );
    expect(score.fitScore).toBe(100);
    expect(score.fitGrade).toBe('A');
    expect(score.explanation.map((c) => c.rule)).toEqual([
      'business-email',
      'company-known',
      'job-title-known',
      'senior-job-title',
      'country-known',
    ]);
  });

  it('grades a free-mail lead without details D', () => {
    const score = scoreLead({ isFreeMail: fact(true), companyDomain: fact(null) }, defaultFitModel);
    expect(score).toMatchObject({ fitScore: 0, fitGrade: 'D', explanation: [] });
  });
});

describe('nextStage', () => {
  const qualified = scoreLead({ isFreeMail: fact(false), jobTitle: fact('CTO') }, defaultFitModel);
  const unqualified = scoreLead({ isFreeMail: fact(true) }, defaultFitModel);

  it('qualifies a new lead at the threshold', () => {
    expect(qualified.fitScore).toBeGreaterThanOrEqual(defaultFitModel.mqlThreshold);
    expect(nextStage('lead', qualified, defaultFitModel)).toBe('mql');
  });

  it('keeps a lead below the threshold and never re-qualifies an MQL', () => {
    expect(nextStage('lead', unqualified, defaultFitModel)).toBe('lead');
    expect(nextStage('mql', qualified, defaultFitModel)).toBe('mql');
  });
});
