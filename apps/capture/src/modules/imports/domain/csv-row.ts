import { createHash } from 'node:crypto';

const leadColumns = new Set([
  'email', 'firstName', 'lastName', 'phone', 'jobTitle', 'company', 'country', 'form', 'campaign', 'medium', 'landingPage', 'referrer', 'occurredAt',
]);
const utmColumns: Record<string, string> = { utm_source: 'source', utm_medium: 'medium', utm_campaign: 'campaign', utm_term: 'term', utm_content: 'content' };
const consentValues: Record<string, boolean> = { yes: true, true: true, '1': true, y: true, no: false, false: false, '0': false, n: false };

/** A CSV record, its columns renamed by the mapping, as the JSON API's request shape. */
export function csvRowAsRequest(record: Record<string, string>, mapping: Record<string, string>) {
  const request: Record<string, unknown> = {};
  const utm: Record<string, string> = {};
  for (const [column, raw] of Object.entries(record)) {
    const field = mapping[column] ?? column;
    const value = raw.trim();
    if (value === '') continue;
    if (leadColumns.has(field)) request[field] = value;
    else if (field in utmColumns) utm[utmColumns[field]] = value;
    else if (field === 'consentMarketing') request['consent'] = { marketing: consentValues[value.toLowerCase()] ?? value };
    else if (field === 'gclid') request['clickIds'] = { gclid: value };
  }
  if (Object.keys(utm).length > 0) request['utm'] = utm;
  return request;
}

/** The same person's row in a re-run of the same import gives the same id, so it is captured once. */
export function csvRowId(importName: string, request: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(request).sort().map((key) => [key, request[key]]));
  return `${importName}:${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`;
}
