import fs from 'node:fs';
import path from 'node:path';
import { hasPrismaSchema } from './app-layout.mjs';

export function findPrismaApps(appsDir) {
  if (!fs.existsSync(appsDir)) return [];
  return fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(appsDir, entry.name))
    .filter(hasPrismaSchema)
    .sort();
}
