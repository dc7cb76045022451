import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// `node -r @swc-node/register` alone knows neither the workspace's @accord/* paths nor its
// decorators; run the bench again under the workspace tsconfig, which has both.
if (!process.env['SWC_NODE_PROJECT']) {
  const project = join(__dirname, '..', '..', '..', 'tsconfig.base.json');
  const { status } = spawnSync(process.execPath, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: project },
  });
  process.exit(status ?? 1);
}
