/** The identity key of a person: trimmed and lower-cased, since mailbox providers ignore case in practice. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
