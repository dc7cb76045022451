// Prisma prints "-- This is an empty migration." when nothing differs.
export function hasStatements(sql) {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .some((line) => line !== '' && !line.startsWith('--'));
}
