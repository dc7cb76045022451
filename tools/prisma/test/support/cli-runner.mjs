import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../cli.mjs', import.meta.url));
const INHERITED_DATABASE_VARIABLES = ['DATABASE_URL', 'SHADOW_DATABASE_URL'];

export function runNode(args, { env = {}, cwd } = {}) {
  const baseEnv = { ...process.env };
  for (const name of INHERITED_DATABASE_VARIABLES) delete baseEnv[name];
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...baseEnv, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({ exitCode, stdout, stderr, seconds: (performance.now() - startedAt) / 1000 }),
    );
  });
}

export function runCli(args, options) {
  return runNode([CLI, ...args], options);
}

export function describeRun({ exitCode, stdout, stderr }) {
  return `exit code ${exitCode}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
}
