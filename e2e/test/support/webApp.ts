import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';

import { launchLocalBrowser, type LocalBrowser } from './browser.js';
import { readStack } from './e2eEnvironment.js';

/** README shows the screenshots the browser suites take on every run. */
const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * One headless Chromium per test file, opening the web app through the edge. Call it at the
 * top of a describe-free test file: it registers its own beforeAll and afterAll.
 */
export function useWebApp() {
  let browser: LocalBrowser | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchLocalBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    /** A new tab: sessionStorage, and so the session, is per tab. */
    async openPage(path = '/'): Promise<Page> {
      if (!browser) throw new Error('the browser starts in beforeAll');
      const page = await browser.context.newPage();
      await page.setViewportSize(DESKTOP);
      await page.goto(`${readStack().edgeUrl}${path}`);
      return page;
    },
  };
}

/** Saves the page at desktop and phone sizes as docs/screenshots/<name>-{desktop,phone}.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SCREENSHOTS}${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SCREENSHOTS}${name}-phone.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
}

/** Signs in through the app's own form and waits until the header says so. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${username}`).waitFor();
}
