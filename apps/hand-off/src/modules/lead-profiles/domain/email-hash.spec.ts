import { emailHash } from './email-hash';

describe('emailHash', () => {
  it('is the same for the same address however it is written', () => {
    expect(emailHash(' Ada@Example.NL ')).toBe(emailHash('ada@example.nl'));
    expect(emailHash('ada@example.nl')).not.toBe(emailHash('grace@example.nl'));
  });
});
