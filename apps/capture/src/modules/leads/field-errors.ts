import { z } from 'zod';
import { FieldError } from './domain/build-lead-submission';

export function fieldErrorsOf(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({ pointer: `${prefix}/${issue.path.map(String).join('/')}`, detail: issue.message }));
}
