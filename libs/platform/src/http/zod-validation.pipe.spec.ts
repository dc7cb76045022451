import { z } from 'zod';
import { ProblemException } from './problem-exception';
import { ZodValidationPipe } from './zod-validation.pipe';

const pipe = new ZodValidationPipe(z.object({ email: z.email(), person: z.object({ age: z.number().int() }) }));

describe('ZodValidationPipe', () => {
  it('passes valid input through, parsed', () => {
    expect(pipe.transform({ email: 'ada@example.nl', person: { age: 36 } })).toEqual({
      email: 'ada@example.nl',
      person: { age: 36 },
    });
  });

  it('answers 400 with a JSON Pointer and a reason for every invalid field', () => {
    try {
      pipe.transform({ email: 'nope', person: { age: 'old' } });
      fail('expected a problem');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      const problem = error as ProblemException;
      expect(problem.status).toBe(400);
      expect(problem.errors?.map((field) => field.pointer)).toEqual(['/email', '/person/age']);
      expect(problem.errors?.[1].detail).toMatch(/number/);
    }
  });
});
