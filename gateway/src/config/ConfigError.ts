/** A configuration mistake made by the operator: the message names the variable to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}.`);
    this.name = 'ConfigError';
  }
}
