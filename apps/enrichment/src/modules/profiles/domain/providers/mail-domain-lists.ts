import disposableDomains from 'disposable-email-domains';
import disposableWildcards from 'disposable-email-domains/wildcard.json';
import freeMailDomains from 'email-providers/all.json';

const freeMail = new Set<string>(freeMailDomains);
const disposable = new Set<string>(disposableDomains);
const disposableParents = new Set<string>(disposableWildcards);

export const isFreeMailDomain = (domain: string): boolean => freeMail.has(domain);

/** Disposable when the domain is listed, or its registrable domain is listed as disposable with every subdomain. */
export const isDisposableDomain = (domain: string, registrable: string): boolean =>
  disposable.has(domain) || disposable.has(registrable) || disposableParents.has(registrable);
