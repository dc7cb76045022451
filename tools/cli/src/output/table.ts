import Table from 'cli-table3';

export type Cell = string | number | boolean | null | undefined;

const plain = { head: [], border: [] };
const noRowLines = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function cellText(value: Cell): string {
  if (value === null || value === undefined || value === '') return '-';
  return String(value);
}

/** A bordered table without colours, so it reads the same in a terminal, a log and a README. */
export function renderTable(head: string[], rows: Cell[][]): string {
  const table = new Table({ head, style: plain, chars: noRowLines, wordWrap: true });
  for (const row of rows) table.push(row.map(cellText));
  return table.toString();
}

/** One record as two columns, for details that do not fit a row. */
export function renderRecord(entries: [string, Cell][]): string {
  const table = new Table({ style: plain, chars: noRowLines, wordWrap: true, colWidths: [null, 80] as unknown as number[] });
  for (const [name, value] of entries) table.push({ [name]: cellText(value) });
  return table.toString();
}
