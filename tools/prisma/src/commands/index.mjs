import { databaseEnvForApp } from '../app-database-env.mjs';
import { deploy } from './deploy.mjs';
import { drift } from './drift.mjs';
import { forEachApp } from './for-each-app.mjs';
import { generate } from './generate.mjs';
import { newMigration } from './new-migration.mjs';
import { status } from './status.mjs';

export const COMMANDS = {
  generate: { run: generate, usage: 'generate <app-dir>' },
  'generate-all': { run: forEachApp(generate), usage: 'generate-all [apps-dir]' },
  deploy: { run: deploy, usage: 'deploy <app-dir>' },
  status: { run: status, usage: 'status <app-dir>' },
  drift: { run: drift, usage: 'drift <app-dir>' },
  'drift-all': { run: forEachApp(drift, databaseEnvForApp), usage: 'drift-all [apps-dir]' },
  'new-migration': { run: newMigration, usage: 'new-migration <app-dir> <name>' },
};
