import fs from 'node:fs/promises';
import path from 'node:path';

// Both CLIs refuse to start unless an engine file exists, even for commands that never run
// it (generate, and everything the WebAssembly engine handles); a stub satisfies the check.
export async function writeEngineStub(dir) {
  const stubPath = path.join(dir, 'schema-engine-stub');
  await fs.writeFile(
    stubPath,
    '#!/bin/sh\necho "this is a stand-in: no native Prisma schema engine is installed" >&2\nexit 1\n',
    { mode: 0o755 },
  );
  return stubPath;
}
