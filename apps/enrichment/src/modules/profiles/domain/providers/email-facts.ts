import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { Claims, FactClaim } from '../fact';
import { isDisposableDomain, isFreeMailDomain } from './mail-domain-lists';
import { isRoleMailbox } from './role-mailboxes';

const localPartPattern = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;

const derived = (value: FactClaim['value'], confidence = 1): FactClaim => ({ value, confidence, origin: 'derived' });

/**
 * Facts read off an address: whether it is well formed, its (ASCII) domain, free mail, disposable,
 * a role mailbox, and the registrable company domain when the address is a business one.
 */
export function emailFacts(email: string): Claims {
  const address = email.normalize('NFC').trim();
  const at = address.lastIndexOf('@');
  const localPart = address.slice(0, at);
  const domain = at > 0 ? asciiDomain(address.slice(at + 1)) : undefined;
  const parsed = domain ? parse(domain) : undefined;
  const valid =
    localPart.length > 0 &&
    localPart.length <= 64 &&
    localPartPattern.test(localPart) &&
    parsed !== undefined &&
    parsed.domain !== null &&
    parsed.isIcann === true &&
    parsed.isIp !== true;
  if (!valid || !domain || !parsed?.domain) {
    return { emailValid: derived(false), emailDomain: derived(null), isFreeMail: derived(null), isDisposable: derived(null), isRoleAccount: derived(null), companyDomain: derived(null) };
  }
  const registrable = parsed.domain;
  const isFreeMail = isFreeMailDomain(domain) || isFreeMailDomain(registrable);
  const isDisposable = isDisposableDomain(domain, registrable);
  return {
    emailValid: derived(true),
    emailDomain: derived(domain),
    isFreeMail: derived(isFreeMail),
    isDisposable: derived(isDisposable),
    isRoleAccount: derived(isRoleMailbox(localPart)),
    companyDomain: derived(isFreeMail || isDisposable ? null : registrable, 0.9),
  };
}

function asciiDomain(domain: string): string | undefined {
  const trimmed = domain.toLowerCase().replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253) return undefined;
  const ascii = domainToASCII(trimmed);
  return ascii === '' ? undefined : ascii;
}
