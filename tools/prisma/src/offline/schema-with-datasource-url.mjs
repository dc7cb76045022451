const DATASOURCE_BLOCK_OPENING = /^(\s*datasource\s+\w+\s*\{[^\S\n]*)$/m;
const URL_ASSIGNMENT = /^\s*url\s*=/m;

// Prisma 7 schemas leave the URL to prisma.config.ts, while the 6.19 CLI insists on a url
// line in the datasource block.
export function schemaWithDatasourceUrl(schemaText, variableName = 'DATABASE_URL') {
  const opening = schemaText.match(DATASOURCE_BLOCK_OPENING);
  if (!opening) throw new Error('schema.prisma has no `datasource <name> {` block');
  const blockStart = opening.index + opening[0].length;
  const blockEnd = schemaText.indexOf('}', blockStart);
  if (URL_ASSIGNMENT.test(schemaText.slice(blockStart, blockEnd))) return schemaText;
  return `${schemaText.slice(0, blockStart)}\n  url = env("${variableName}")${schemaText.slice(blockStart)}`;
}
