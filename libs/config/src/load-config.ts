import { z } from 'zod';
import { ConfigurationError } from './configuration-error';

export function loadConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      const isMissing = env[variable] === undefined || env[variable] === '';
      return { variable, problem: isMissing ? 'is required but not set' : issue.message };
    }),
  );
}
