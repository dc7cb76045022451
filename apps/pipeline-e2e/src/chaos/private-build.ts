import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repositoryRoot = join(__dirname, '..', '..', '..', '..');
const sources = ['config', 'contracts', 'messaging', 'platform', 'telemetry'].map((lib) => `libs/${lib}/src`).concat(
  ['capture', 'enrichment', 'hand-off', 'rewards', 'scoring'].map((service) => `apps/${service}/src`),
);

/**
 * Compiles the services and their libraries the way their build targets do, into a directory of
 * the run's own: services restart many times during a run, and a build (or an Nx cache restore)
 * of the shared dist/ by someone else meanwhile must not swap or remove their code.
 */
export async function buildPrivately(directory: string): Promise<void> {
  rmSync(join(repositoryRoot, directory), { recursive: true, force: true });
  const swc = join(repositoryRoot, 'node_modules', '.bin', 'swc');
  for (const source of sources) {
    await run(swc, [source, '-d', directory, '--config-file', '.swcrc', '--copy-files', '--ignore', '**/*.spec.ts', '--quiet'], { cwd: repositoryRoot });
  }
}
