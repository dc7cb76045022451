import { FieldProblem } from './problem-details';

/** Thrown by controllers and pipes to answer with a specific problem type. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
    readonly problemType = 'about:blank',
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'ProblemException';
  }
}
