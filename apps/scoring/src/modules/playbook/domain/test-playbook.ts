import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlaybook } from './parse-playbook';
import { Playbook } from './playbook.schema';

export const defaultPlaybookPath = join(__dirname, '..', 'default-playbook.yaml');

/** The shipped default playbook, for specs and benchmarks. */
export function loadDefaultPlaybook(): Playbook {
  return parsePlaybook(readFileSync(defaultPlaybookPath, 'utf8'));
}
