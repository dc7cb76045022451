import { parse } from 'csv-parse/sync';
import { AccountRecord } from './account-record';

export const maxCsvRows = 5_000;

export interface RowProblem {
  /** JSON pointer into the rows, counting data rows from 0 as they follow the header. */
  pointer: string;
  detail: string;
}

export type CsvReading = { records: AccountRecord[] } | { problems: RowProblem[]; malformed?: boolean };

/** Reads a CRM export with a header row (id, name, domains, industry, employeeCount, …); every bad cell is reported. */
export function readAccountsCsv(text: string): CsvReading {
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', ';'],
      max_record_size: 100_000,
    });
  } catch (error) {
    return { malformed: true, problems: [{ pointer: '/', detail: error instanceof Error ? error.message : 'not CSV' }] };
  }
  if (rows.length === 0) return { problems: [{ pointer: '/', detail: 'the file has no account rows' }] };
  if (rows.length > maxCsvRows) return { problems: [{ pointer: '/', detail: `at most ${maxCsvRows} rows per import` }] };
  const records: AccountRecord[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const result = AccountRecord.safeParse(row);
    if (result.success) records.push(result.data);
    else for (const issue of result.error.issues) problems.push({ pointer: `/rows/${index}/${issue.path.join('/')}`, detail: issue.message });
  });
  return problems.length > 0 ? { problems } : { records };
}
