import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 form of a phone number, reading national numbers in the given region; null when it is not a valid number. */
export function toE164(phone: string, defaultRegion: string): string | null {
  const parsed = parsePhoneNumberFromString(phone, { defaultCountry: defaultRegion as never });
  return parsed?.isValid() ? parsed.number : null;
}
