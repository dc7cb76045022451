import { spawn } from 'node:child_process';

// No update checks or telemetry calls: they only wait for network access the machine lacks.
const QUIET_CLI_ENV = { CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };

export function runPrismaCli({ entry, args, cwd, env, preload = [] }) {
  const nodeArgs = [...preload.flatMap((file) => ['--require', file]), entry, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd,
      env: { ...env, ...QUIET_CLI_ENV },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(signal ? 1 : code));
  });
}
