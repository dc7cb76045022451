// An expected failure: the CLI prints its message without a stack trace and exits with its code.
export class ToolError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
