import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ProblemException } from './problem-exception';

const toPointer = (path: PropertyKey[]) => `/${path.map(String).join('/')}`;

/** Validates a request part against a zod schema and answers 400 problem+json naming each bad field. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.infer<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.infer<Schema> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new ProblemException(
      400,
      'Invalid request',
      'One or more fields are invalid.',
      result.error.issues.map((issue) => ({ pointer: toPointer(issue.path), detail: issue.message })),
      'https://accord.dev/problems/invalid-request',
    );
  }
}
