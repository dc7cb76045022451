import { emailFacts } from './email-facts';

const values = (email: string) => Object.fromEntries(Object.entries(emailFacts(email)).map(([field, claim]) => [field, claim.value]));

describe('emailFacts', () => {
  it('reads a business address', () => {
    expect(values('Ada.Lovelace@Example-Robotics.nl')).toEqual({
      emailValid: true,
      emailDomain: 'example-robotics.nl',
      isFreeMail: false,
      isDisposable: false,
      isRoleAccount: false,
      companyDomain: 'example-robotics.nl',
    });
  });

  it('takes the registrable domain behind subdomains and public suffixes', () => {
    expect(values('ada@mail.sales.acme.co.uk').companyDomain).toBe('acme.co.uk');
    expect(values('ada@eu.acme.com.au').companyDomain).toBe('acme.com.au');
  });

  it('knows free mail from the maintained list, with no company domain', () => {
    for (const address of ['someone@gmail.com', 'iemand@hotmail.nl', 'x@yahoo.co.uk', 'y@gmx.de']) {
      expect(values(address)).toMatchObject({ isFreeMail: true, companyDomain: null });
    }
  });

  it('knows disposable addresses, including any subdomain of a wildcard entry', () => {
    expect(values('throwaway@mailinator.com')).toMatchObject({ isDisposable: true, companyDomain: null });
    expect(values('a@0x01.gq').isDisposable).toBe(true);
    expect(values('a@sub.0x01.gq').isDisposable).toBe(true);
  });

  it('recognises role mailboxes in English and Dutch, with tags', () => {
    for (const address of ['info@acme.nl', 'Sales@acme.com', 'verkoop@acme.nl', 'support+eu@acme.io', 'no-reply@acme.de']) {
      expect(values(address).isRoleAccount).toBe(true);
    }
    expect(values('information.officer@acme.nl').isRoleAccount).toBe(false);
  });

  it('accepts internationalised domains and unicode local parts, keeping the domain in ASCII', () => {
    expect(values('jörg@müller-bäckerei.de')).toMatchObject({ emailValid: true, emailDomain: 'xn--mller-bckerei-hfb76a.de', companyDomain: 'xn--mller-bckerei-hfb76a.de' });
    expect(values('李@例子.中国').emailValid).toBe(true);
  });

  it('rejects hostile and malformed addresses without throwing', () => {
    for (const address of ['', '@', 'ada@', '@acme.nl', 'ada@@acme.nl', 'a..b@acme.nl', '.a@acme.nl', 'ada@localhost', 'ada@127.0.0.1', 'ada@acme', 'ada@acme.invalidtld', `${'x'.repeat(65)}@acme.nl`, 'a b@acme.nl', '"><script>@acme.nl', `ada@${'a'.repeat(300)}.nl`]) {
      expect(values(address)).toMatchObject({ emailValid: false, companyDomain: null });
    }
  });
});
