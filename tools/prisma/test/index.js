// `node --test tools/prisma/test/` loads this directory as a module; this entry imports
// every test file beside it so that command runs the whole suite.
import fs from 'node:fs';

for (const file of fs
  .readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()) {
  await import(new URL(file, import.meta.url));
}
