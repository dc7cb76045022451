import { Claims, FactClaim } from '../fact';
import { Department, departmentPatterns, notLeading, Seniority, seniorityPatterns } from './job-title-lexicon';

const derived = (value: FactClaim['value'], confidence: number): FactClaim => ({ value, confidence, origin: 'derived' });

const normalised = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .slice(0, 200);

/** Seniority and department read from a job title, in English or Dutch. */
export function jobTitleFacts(jobTitle: string): Claims {
  const title = ` ${normalised(jobTitle)} `;
  if (!/\p{L}/u.test(title)) return { seniority: derived(null, 0.5), department: derived(null, 0.5) };
  const [seniority, seniorityConfidence] = seniorityOf(title);
  const department = departmentPatterns.find(([, pattern]) => pattern.test(title))?.[0] ?? null;
  return {
    seniority: derived(seniority, seniorityConfidence),
    department: derived(department satisfies Department | null, department ? 0.8 : 0.5),
  };
}

function seniorityOf(title: string): [Seniority, number] {
  if (notLeading.test(title)) return ['individual_contributor', 0.8];
  const found = seniorityPatterns.find(([, pattern]) => pattern.test(title));
  return found ? [found[0], 0.85] : ['individual_contributor', 0.6];
}
