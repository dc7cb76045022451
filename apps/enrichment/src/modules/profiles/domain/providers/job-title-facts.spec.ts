import { jobTitleFacts } from './job-title-facts';

const read = (title: string) => {
  const facts = jobTitleFacts(title);
  return [facts.seniority.value, facts.department.value];
};

describe('jobTitleFacts', () => {
  it.each([
    ['CEO', 'c_level', 'executive'],
    ['Chief Financial Officer', 'c_level', 'finance'],
    ['CTO & Co-Founder', 'c_level', 'executive'],
    ['Algemeen Directeur', 'c_level', 'executive'],
    ['Directeur-eigenaar', 'c_level', 'executive'],
    ['SVP Sales EMEA', 'vp', 'sales'],
    ['Vice President of Marketing', 'vp', 'marketing'],
    ['Head of Engineering', 'director', 'engineering'],
    ['Hoofd Financiën', 'director', 'finance'],
    ['Directeur Verkoop', 'director', 'sales'],
    ['Marketing Director', 'director', 'marketing'],
    ['Salesmanager', 'manager', 'sales'],
    ['Teamleider Klantenservice', 'manager', 'customer_service'],
    ['IT Manager', 'manager', 'it'],
    ['HR-manager', 'manager', 'hr'],
    ['Senior Software Engineer', 'individual_contributor', 'engineering'],
    ['Medewerker Inkoop', 'individual_contributor', 'operations'],
    ['Recruiter', 'individual_contributor', 'hr'],
    ['Bedrijfsjurist', 'individual_contributor', 'legal'],
    ['Product Owner', 'individual_contributor', 'product'],
    ['Marketeer / contentspecialist', 'individual_contributor', 'marketing'],
    ['Accountant', 'individual_contributor', 'finance'],
  ])('reads %s as %s in %s', (title, seniority, department) => {
    expect(read(title)).toEqual([seniority, department]);
  });

  it('does not promote assistants of senior people', () => {
    expect(read('Executive Assistant to the CEO')[0]).toBe('individual_contributor');
    expect(read('Directiesecretaresse')[0]).toBe('individual_contributor');
  });

  it('copes with odd spelling, case and unicode', () => {
    expect(read('  vIcE-PrEsIdEnT,   SALES!!! ')).toEqual(['vp', 'sales']);
    expect(read('Ĉhief Tëchnology Öfficer')).toEqual(['c_level', 'engineering']);
    expect(read('Directeur Opérations')).toEqual(['director', 'operations']);
  });

  it('knows nothing from titles without words', () => {
    expect(read('---')).toEqual([null, null]);
    expect(read('12345')).toEqual([null, null]);
    expect(read('')).toEqual([null, null]);
  });

  it('is unsure, not wrong, for titles it cannot place', () => {
    const facts = jobTitleFacts('Wizard of Light Bulb Moments');
    expect(facts.seniority).toMatchObject({ value: 'individual_contributor', confidence: 0.6 });
    expect(facts.department).toMatchObject({ value: null });
  });
});
