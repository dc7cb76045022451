import { workspacePrismaCli } from '../prisma-cli-entries.mjs';
import { runPrismaCli } from '../prisma-cli-process.mjs';

// Plain Prisma 7 migrate with the app's own prisma.config.ts.
export async function openNativeRoute(app, env) {
  const cli = workspacePrismaCli();
  const run = (args) =>
    runPrismaCli({
      entry: cli.entry,
      args: [...args, '--config', app.configPath],
      cwd: app.dir,
      env,
    });
  return {
    name: `native (prisma ${cli.version})`,
    deploy: () => run(['migrate', 'deploy']),
    status: () => run(['migrate', 'status']),
    diffToSchema: ({ fromMigrations, flags }) =>
      run([
        'migrate',
        'diff',
        ...(fromMigrations ? ['--from-migrations', app.migrationsDir] : ['--from-empty']),
        '--to-schema',
        app.schemaPath,
        ...flags,
      ]),
    close: async () => {},
  };
}
