import { PipelineUnderTest, Service, services } from '../pipeline-under-test';

export interface Finding {
  service: Service;
  table: string;
  column: string;
  found: string;
}

interface TextColumn {
  table_name: string;
  column_name: string;
}

/** Every column that can hold text of any service's own tables, read from the catalogue so new tables are covered. */
function textColumns(pipeline: PipelineUnderTest, service: Service): Promise<TextColumn[]> {
  return pipeline.query<TextColumn>(
    service,
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
       OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
     ORDER BY table_name, column_name`,
  );
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const likePattern = (value: string) => `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Which of the named values each service still holds anywhere, case-insensitively. */
export async function findInDatabases(pipeline: PipelineUnderTest, values: Record<string, string>): Promise<Finding[]> {
  const names = Object.keys(values);
  const patterns = Object.values(values).map(likePattern);
  const findings: Finding[] = [];
  for (const service of services) {
    for (const { table_name: table, column_name: column } of await textColumns(pipeline, service)) {
      const found = await pipeline.query<{ name: string }>(
        service,
        `SELECT wanted.name FROM unnest($1::text[], $2::text[]) AS wanted(name, pattern)
         WHERE EXISTS (SELECT 1 FROM ${quoted(table)} WHERE ${quoted(column)}::text ILIKE wanted.pattern)`,
        [names, patterns],
      );
      findings.push(...found.map((row) => ({ service, table, column, found: row.name })));
    }
  }
  return findings;
}

/** Columns named like a hash that hold a value exactly as given, i.e. a "hash" that is the raw value. */
export async function unhashedHashColumns(pipeline: PipelineUnderTest, rawValues: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const service of services) {
    const columns = (await textColumns(pipeline, service)).filter((column) => /hash|digest/i.test(column.column_name));
    for (const { table_name: table, column_name: column } of columns) {
      const hits = await pipeline.count(service, `SELECT count(*) FROM ${quoted(table)} WHERE lower(${quoted(column)}::text) = ANY($1::text[])`, [
        rawValues.map((value) => value.toLowerCase()),
      ]);
      if (hits > 0) findings.push({ service, table, column, found: 'raw value' });
    }
  }
  return findings;
}

/** How many hash-named columns exist, so a test can show the hash check looked at something. */
export async function hashColumnCount(pipeline: PipelineUnderTest): Promise<number> {
  let count = 0;
  for (const service of services) count += (await textColumns(pipeline, service)).filter((column) => /hash|digest/i.test(column.column_name)).length;
  return count;
}
