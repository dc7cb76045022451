/** RFC 9457 problem details, with field-level details for invalid input. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export interface FieldProblem {
  /** JSON Pointer to the offending field, e.g. /person/email. */
  pointer: string;
  detail: string;
}

export const problemContentType = 'application/problem+json';
