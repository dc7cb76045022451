import { csvRowAsRequest, csvRowId } from './csv-row';

describe('CSV rows', () => {
  it('are renamed by the mapping and read UTM, consent and click id columns', () => {
    const request = csvRowAsRequest(
      { 'E-mail': ' ada@example.nl ', Voornaam: 'Ada', Bron: 'beurs', Opt_in: 'Yes', gclid: 'abc', Notes: 'dropped', Empty: '' },
      { 'E-mail': 'email', Voornaam: 'firstName', Bron: 'utm_source', Opt_in: 'consentMarketing' },
    );
    expect(request).toEqual({ email: 'ada@example.nl', firstName: 'Ada', utm: { source: 'beurs' }, consent: { marketing: true }, clickIds: { gclid: 'abc' } });
  });

  it('get an id that survives a re-run and a reordering of columns, but not another import or another value', () => {
    const id = csvRowId('fair-2026', { email: 'ada@example.nl', firstName: 'Ada' });
    expect(csvRowId('fair-2026', { firstName: 'Ada', email: 'ada@example.nl' })).toBe(id);
    expect(csvRowId('fair-2027', { email: 'ada@example.nl', firstName: 'Ada' })).not.toBe(id);
    expect(csvRowId('fair-2026', { email: 'ada@example.nl', firstName: 'Adah' })).not.toBe(id);
  });
});
