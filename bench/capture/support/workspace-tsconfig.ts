import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Re-runs the script under the workspace tsconfig, whose paths and decorator settings @swc-node/register needs. */
export const workspaceTsconfig = join(__dirname, '..', '..', '..', 'tsconfig.base.json');

if (!process.env['SWC_NODE_PROJECT']) {
  const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: workspaceTsconfig },
  });
  process.exit(rerun.status ?? 1);
}
