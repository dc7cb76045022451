import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { Playbook, PlaybookSchema } from './playbook.schema';

export class InvalidPlaybookError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid scoring playbook: ${problems.join('; ')}`);
    this.name = 'InvalidPlaybookError';
  }
}

/** Parses and validates a playbook; its version changes with any change of meaning, not of layout. */
export function parsePlaybook(yamlText: string): Playbook {
  let document: unknown;
  try {
    document = parse(yamlText);
  } catch (error) {
    throw new InvalidPlaybookError([`not YAML: ${(error as Error).message}`]);
  }
  const result = PlaybookSchema.safeParse(document);
  if (!result.success) {
    throw new InvalidPlaybookError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const digest = createHash('sha256').update(JSON.stringify(result.data)).digest('hex').slice(0, 12);
  return { ...result.data, version: `${result.data.name}@${digest}` };
}
