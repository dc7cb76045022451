/** The identity key of a person: one Unicode form, trimmed and lower-cased, since mailbox providers ignore case in practice. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}
