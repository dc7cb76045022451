import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parsePlaybook } from '../modules/playbook/domain/parse-playbook';
import { Playbook } from '../modules/playbook/domain/playbook.schema';

export const defaultPlaybookFile = join(__dirname, '..', 'modules', 'playbook', 'default-playbook.yaml');

/** The variable names a playbook file; the process does not start on a file that is missing or invalid. */
export const playbookVariable = z
  .string()
  .min(1)
  .default(defaultPlaybookFile)
  .transform((path, context): Playbook => {
    try {
      return parsePlaybook(readFileSync(path, 'utf8'));
    } catch (error) {
      context.addIssue({ code: 'custom', message: `${path}: ${(error as Error).message}` });
      return z.NEVER;
    }
  });
