/**
 * A bad or missing configuration value. The message always names the environment variable so
 * the operator knows what to fix; start-up stops on it.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}
