import { phoneFacts } from './phone-facts';

const values = (phone: string, country?: string) =>
  Object.fromEntries(Object.entries(phoneFacts(phone, country)).map(([field, claim]) => [field, claim.value]));

describe('phoneFacts', () => {
  it.each([
    ['+31 6 12345678', undefined],
    ['+31 (0)6-1234 5678', undefined],
    ['0031 6 1234 5678', undefined],
    ['06-12345678', 'NL'],
    ['tel: +31612345678', undefined],
    ['٠٦١٢٣٤٥٦٧٨', 'NL'],
    ['＋３１６１２３４５６７８', undefined],
  ])('reads %s as the same Dutch mobile number', (phone, country) => {
    expect(values(phone, country)).toEqual({ phoneValid: true, phoneE164: '+31612345678', phoneCountry: 'NL', phoneLineType: 'mobile' });
  });

  it('reads national numbers in the lead’s country and knows the line type', () => {
    expect(values('(415) 555-2671', 'US')).toMatchObject({ phoneE164: '+14155552671', phoneCountry: 'US', phoneLineType: 'fixed_line_or_mobile' });
    expect(values('020 7946 0958', 'GB')).toMatchObject({ phoneE164: '+442079460958', phoneLineType: 'fixed_line' });
    expect(values('0800 0123', 'NL').phoneLineType).toBe('toll_free');
    expect(values('+49 30 901820')).toMatchObject({ phoneCountry: 'DE', phoneLineType: 'fixed_line' });
  });

  it('ignores a country it does not know as a default', () => {
    expect(values('06 12345678', 'XX').phoneValid).toBe(false);
  });

  it('marks hostile and impossible numbers invalid without throwing', () => {
    for (const phone of ['', '12', 'call me', '+31 6', '+999 123456789', '0612345678', `+31${'9'.repeat(500)}`, '<script>alert(1)</script>', '+1 (555) 000-0000']) {
      expect(values(phone)).toEqual({ phoneValid: false, phoneE164: null, phoneCountry: null, phoneLineType: null });
    }
  });
});
