const legalForms = new Set([
  'ab', 'ag', 'as', 'asa', 'bv', 'bvba', 'co', 'company', 'corp', 'corporation', 'cv', 'gmbh', 'group', 'groep', 'holding',
  'holdings', 'inc', 'incorporated', 'kg', 'limited', 'llc', 'llp', 'ltd', 'nv', 'oy', 'plc', 'pty', 'sa', 'sarl', 'sas',
  'spa', 'srl', 'the', 'vof',
]);

/** A company name reduced to what identifies it: no case, accents, punctuation or legal form (B.V., Inc., GmbH …). */
export function normalizeCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((word) => !legalForms.has(word));
  return (meaningful.length > 0 ? meaningful : words).join(' ').slice(0, 300);
}
