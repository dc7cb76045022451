import { fillMissingInputs, mergeInputs } from './lead-inputs';

const person = { email: 'ada@acme.nl', firstName: null, lastName: null, phone: null, jobTitle: null, company: null, country: null };

describe('mergeInputs', () => {
  it('keeps earlier answers where the new submission is blank', () => {
    expect(mergeInputs({ phone: '+31 6 1234 5678', jobTitle: 'CTO' }, { ...person, jobTitle: '  ' })).toEqual({
      email: 'ada@acme.nl',
      phone: '+31 6 1234 5678',
      jobTitle: 'CTO',
    });
  });

  it('takes the new answer where there is one', () => {
    expect(mergeInputs({ phone: '+31 6 1234 5678' }, { ...person, phone: ' 020 123 4567 ' }).phone).toBe('020 123 4567');
  });
});

describe('fillMissingInputs', () => {
  it('keeps what later submissions said and fills only their blanks', () => {
    expect(fillMissingInputs({ email: 'ada@acme.nl', phone: '+31 6 8765 4321' }, { ...person, phone: '06 12345678', jobTitle: 'CTO' })).toEqual({
      email: 'ada@acme.nl',
      phone: '+31 6 8765 4321',
      jobTitle: 'CTO',
    });
  });
});
