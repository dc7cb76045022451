/** A failure the operator can act on: its message names what failed; the CLI prints it and exits non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad arguments or configuration, as distinct from a failing service. */
export const usageExitCode = 2;
