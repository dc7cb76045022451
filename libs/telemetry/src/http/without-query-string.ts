/** Query strings routinely carry e-mails, tokens and other identifiers, so they never leave the process. */
export function withoutQueryString(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
