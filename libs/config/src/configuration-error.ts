export interface InvalidVariable {
  variable: string;
  problem: string;
}

export class ConfigurationError extends Error {
  constructor(readonly invalidVariables: InvalidVariable[]) {
    super(
      `Invalid configuration: ${invalidVariables
        .map(({ variable, problem }) => `${variable}: ${problem}`)
        .join('; ')}`,
    );
    this.name = 'ConfigurationError';
  }
}
