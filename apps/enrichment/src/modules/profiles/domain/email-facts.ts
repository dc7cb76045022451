import { Fact, Facts } from './fact';

const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.net',
  'gmx.de',
  'proton.me',
  'protonmail.com',
  'ziggo.nl',
  'kpnmail.nl',
]);

/** Facts read off the address itself: its domain, whether it is free mail, and so the company domain. */
export function emailFacts(email: string, observedAt: string): Facts {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const isFreeMail = freeMailDomains.has(domain);
  const fact = (value: Fact['value']): Fact => ({ value, provider: 'email', observedAt });
  return {
    emailDomain: fact(domain),
    isFreeMail: fact(isFreeMail),
    companyDomain: fact(isFreeMail ? null : domain),
  };
}
