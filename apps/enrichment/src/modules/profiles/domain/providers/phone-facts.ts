import { CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Claims, FactClaim } from '../fact';

const derived = (value: FactClaim['value'], confidence = 1): FactClaim => ({ value, confidence, origin: 'derived' });

/**
 * Facts about a phone number as typed: valid or not, its E.164 form, its country and line type.
 * A number without an international prefix is read as belonging to the lead's country when known.
 */
export function phoneFacts(phone: string, countryCode?: string): Claims {
  const text = phone.normalize('NFKC').trim().replace(/^00(?=[1-9])/, '+').slice(0, 60);
  const defaultCountry = countryCode && isSupportedCountry(countryCode) ? (countryCode as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
  if (!parsed || !parsed.isValid()) {
    return { phoneValid: derived(false), phoneE164: derived(null), phoneCountry: derived(null), phoneLineType: derived(null) };
  }
  const lineType = parsed.getType();
  return {
    phoneValid: derived(true),
    phoneE164: derived(parsed.number),
    phoneCountry: derived(parsed.country ?? null, 0.95),
    phoneLineType: derived(lineType ? lineType.toLowerCase() : null, lineType ? 0.9 : 1),
  };
}
