#!/usr/bin/env node
import { COMMANDS } from './src/commands/index.mjs';
import { ToolError } from './src/tool-error.mjs';

function usage() {
  return [
    'usage: node tools/prisma/cli.mjs <command> [args]',
    ...Object.values(COMMANDS).map(({ usage: line }) => `  ${line}`),
    'environment: DATABASE_URL, SHADOW_DATABASE_URL, ACCORD_PRISMA_ROUTE=native|offline|auto',
  ].join('\n');
}

async function main([commandName, ...args]) {
  const command = COMMANDS[commandName];
  if (!command) {
    console.error(usage());
    return commandName === '--help' || commandName === '-h' ? 0 : 1;
  }
  try {
    return await command.run(args, process.env);
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    console.error(`accord-prisma: ${error.message}`);
    return error.exitCode;
  }
}

process.exitCode = await main(process.argv.slice(2));
