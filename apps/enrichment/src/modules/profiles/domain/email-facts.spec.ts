import { emailFacts } from './email-facts';

const at = '2026-11-02T09:15:30.000Z';

describe('emailFacts', () => {
  it('takes the company domain from a business address', () => {
    const facts = emailFacts('ada@Example-Robotics.nl', at);
    expect(facts.emailDomain.value).toBe('example-robotics.nl');
    expect(facts.isFreeMail.value).toBe(false);
    expect(facts.companyDomain.value).toBe('example-robotics.nl');
  });

  it('knows no company domain for free mail', () => {
    const facts = emailFacts('someone@gmail.com', at);
    expect(facts.isFreeMail.value).toBe(true);
    expect(facts.companyDomain.value).toBeNull();
    expect(facts.companyDomain.provider).toBe('email');
  });
});
