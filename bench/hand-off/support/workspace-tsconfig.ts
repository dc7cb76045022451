import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Re-runs the script under the workspace tsconfig, whose paths and decorator settings @swc-node/register needs. */
if (!process.env['SWC_NODE_PROJECT']) {
  const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: join(__dirname, '..', '..', '..', 'tsconfig.base.json') },
  });
  process.exit(rerun.status ?? 1);
}
