import fs from 'node:fs';
import path from 'node:path';
import { ToolError } from './tool-error.mjs';

export const SCHEMA_FILE = path.join('prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join('prisma', 'migrations');
export const CONFIG_FILE = 'prisma.config.ts';

export function hasPrismaSchema(appDir) {
  return fs.existsSync(path.join(appDir, SCHEMA_FILE));
}

export function resolveApp(appDir) {
  if (!appDir) throw new ToolError('missing <app-dir>, e.g. apps/capture');
  const dir = path.resolve(appDir);
  const app = {
    dir,
    name: path.basename(dir),
    schemaPath: path.join(dir, SCHEMA_FILE),
    migrationsDir: path.join(dir, MIGRATIONS_DIR),
    configPath: path.join(dir, CONFIG_FILE),
  };
  for (const required of [app.schemaPath, app.configPath]) {
    if (!fs.existsSync(required)) throw new ToolError(`${required} does not exist`);
  }
  return app;
}
