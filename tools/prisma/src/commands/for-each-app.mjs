import path from 'node:path';
import { findPrismaApps } from '../app-discovery.mjs';
import { DEFAULT_APPS_DIR } from '../tool-paths.mjs';
import { ToolError } from '../tool-error.mjs';

// Runs a command for every app with a prisma/schema.prisma, all of them even after a
// failure, and returns the highest exit code.
export function forEachApp(command, envForApp = (_appName, env) => env) {
  return async ([appsDir = DEFAULT_APPS_DIR], env) => {
    const apps = findPrismaApps(path.resolve(appsDir));
    if (apps.length === 0) throw new ToolError(`no app with prisma/schema.prisma under ${appsDir}`);
    const failures = [];
    let worstExitCode = 0;
    for (const appDir of apps) {
      let exitCode;
      try {
        exitCode = await command([appDir], envForApp(path.basename(appDir), env));
      } catch (error) {
        if (!(error instanceof ToolError)) throw error;
        console.error(`accord-prisma: ${error.message}`);
        exitCode = error.exitCode;
      }
      if (exitCode !== 0) failures.push(path.basename(appDir));
      worstExitCode = Math.max(worstExitCode, exitCode);
    }
    if (failures.length > 0) console.error(`accord-prisma: failed for ${failures.join(', ')}`);
    return worstExitCode;
  };
}
