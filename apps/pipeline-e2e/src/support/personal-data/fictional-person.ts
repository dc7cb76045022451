import { createHash } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { qualifyingLead } from '../lead-fixtures';

/**
 * A person whose every detail is unique to one test run, so finding any of them anywhere means
 * it came from this person and not from fixtures or samples.
 */
export function fictionalPerson(tag: string, source: string) {
  const marker = `${tag}${Date.now().toString(36)}`;
  const phone = `+31 20 7${String(Math.floor(Math.random() * 900_000) + 100_000)}`;
  return {
    ...qualifyingLead(`${marker}.mail@example-robotics.nl`, source),
    firstName: `Firstname${marker}`,
    lastName: `Lastname${marker}`,
    phone,
  };
}

export type FictionalPerson = ReturnType<typeof fictionalPerson>;

export const emailHash = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Every form in which the person's identity could be stored or leak: as typed, normalised, and hashed. */
export function identifiers(person: FictionalPerson): Record<string, string> {
  const e164 = parsePhoneNumberFromString(person.phone)?.number ?? person.phone;
  return {
    email: person.email.toLowerCase(),
    'first name': person.firstName,
    'last name': person.lastName,
    'phone as typed': person.phone,
    'phone in E.164': e164,
    'national phone digits': e164.slice(3),
    'e-mail SHA-256': emailHash(person.email),
  };
}
