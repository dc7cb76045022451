const roleMailboxes = new Set([
  'abuse', 'accounts', 'admin', 'administrator', 'billing', 'careers', 'contact', 'enquiries', 'hello', 'help',
  'hostmaster', 'hr', 'info', 'inquiries', 'invoice', 'invoices', 'jobs', 'legal', 'mail', 'marketing', 'media',
  'no-reply', 'noreply', 'office', 'orders', 'postmaster', 'press', 'privacy', 'reception', 'sales', 'security',
  'service', 'support', 'team', 'webmaster',
  'administratie', 'boekhouding', 'facturen', 'factuur', 'inkoop', 'klantenservice', 'personeelszaken', 'receptie',
  'secretariaat', 'vacatures', 'verkoop',
]);

/** A mailbox that belongs to a function rather than a person (info@, sales@, verkoop@ …). */
export function isRoleMailbox(localPart: string): boolean {
  const mailbox = localPart.toLowerCase().split('+')[0].replace(/[._-]+$/, '');
  return roleMailboxes.has(mailbox);
}
