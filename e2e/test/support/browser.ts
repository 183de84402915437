import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (scripts/lib/install.mjs installs it); playwright never downloads one. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling anything of its own (updates, sync, QUIC probes). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface LocalBrowser {
  page: Page;
  context: BrowserContext;
  /** Every request the page tried outside localhost; each was aborted. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile in which every request to anything but localhost
 * is aborted and recorded, so a test can assert that the page needed no outside network.
 */
export async function launchLocalBrowser(): Promise<LocalBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'courtgraph-chromium-'));
  // A persistent context is how playwright takes a user data dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const local = LOCAL_HOSTS.has(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
    if (local) {
      await route.continue();
      return;
    }
    blockedRequests.push(url.href);
    await route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    blockedRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
