import { createApp, type CourtsApp } from '../../src/app/createApp.js';
import type { Config } from '../../src/config/loadConfig.js';
import { captureLogger, type CapturedLogger } from './captureLogger.js';
import { testConfig } from './testConfig.js';

export interface TestApp extends CourtsApp {
  logs: CapturedLogger['lines'];
}

/** Starts the real service in-process on a free loopback port, logging into memory. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const captured = captureLogger();
  const app = await createApp(testConfig(overrides), { logger: captured.logger });
  return { ...app, logs: captured.lines };
}
