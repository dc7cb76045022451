import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function withScratchDirectory(work) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-prisma-'));
  try {
    return await work(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
