import { ProblemException } from '@accord/platform';

export const notFound = (what: string, id: string) =>
  new ProblemException(404, `${what} not found`, `No ${what.toLowerCase()} has id ${id}.`);

export const unknownReference = (pointer: string, what: string, id: string) =>
  new ProblemException(422, 'Unknown reference', `No ${what} has id ${id}.`, [{ pointer, detail: `unknown ${what} ${id}` }]);
