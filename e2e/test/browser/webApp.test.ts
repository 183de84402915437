/**
 * The web app in real headless Chromium through the edge: what visitors, members, staff and
 * admins do, and a session that outlives its access token. Saves screenshots of the main pages
 * to docs/screenshots (README shows them).
 */
import { randomUUID } from 'node:crypto';

import { BROWSER_ACCESS_TOKEN_TTL_SECONDS } from '../support/browserGlobalSetup.mjs';
import { readStack } from '../support/e2eEnvironment.js';
import { screenshot, signIn, useWebApp } from '../support/webApp.js';

const { openPage } = useWebApp();

describe('an anonymous visitor', () => {
  it('browses courts, filters them, and sees no staff actions', async () => {
    const page = await openPage();
    await page.getByRole('heading', { name: 'Courts' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ courts?/ })
      .waitFor();
    expect(await page.locator('.court-card').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'New court' }).count()).toBe(0);
    await screenshot(page, 'courts');

    await page.getByLabel('Setting').selectOption('indoor');
    await page.waitForURL(/indoor=true/);
    await page.getByLabel('Name').fill('no court is called this');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No court matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('.court-card').first().waitFor();

    // An address of the app opened directly (a reload, a shared link) gets the app.
    await page.goto(`${readStack().edgeUrl}/courts/new`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.close();
  });
});

describe('staff', () => {
  it('demouser signs in and creates a court; a bad currency is explained at its field', async () => {
    const page = await openPage();
    await signIn(page, 'demouser', 'demo123');
    await page.getByRole('link', { name: 'New court' }).click();
    await page.getByRole('heading', { name: 'New court' }).waitFor();

    const name = `Browser Court ${randomUUID().slice(0, 8)}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Sport').selectOption('PADEL');
    await page.getByLabel('Indoor court').check();
    await page.getByLabel('Surface (optional)').fill('artificial grass');
    // Out of the API's range: checked here, never sent as a raw 32-bit coercion error.
    await page.getByLabel('Price per hour').fill('99999999999');
    await page.getByRole('button', { name: 'Create court' }).click();
    await page.getByText('Enter a price from 0 to 100,000.').waitFor();
    expect(await page.getByText(/Int cannot represent/).count()).toBe(0);
    await page.getByLabel('Price per hour').fill('24.50');
    await page.getByLabel('Currency').fill('EU');
    await page.getByRole('button', { name: 'Create court' }).click();
    const currency = page.getByLabel('Currency');
    await page.locator('input[name="currency"][aria-invalid="true"]').waitFor();
    expect(await currency.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'court-form');

    await currency.fill('EUR');
    await page.getByRole('button', { name: 'Create court' }).click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByText('Added by').waitFor();
    expect(await page.getByText('demouser', { exact: true }).count()).toBeGreaterThan(0);
    // Staff may edit (and archive) but not delete.
    await page.getByRole('heading', { name: 'Edit court' }).waitFor();
    expect(await page.getByRole('button', { name: 'Delete court' }).count()).toBe(0);
    await screenshot(page, 'court');
    await page.close();
  });
});

describe('a visitor signing in', () => {
  it('is told a wrong password is wrong, not that a session ended', async () => {
    const page = await openPage('/login');
    await page.getByLabel('Username').fill(`nobody_${randomUUID().slice(0, 8)}`);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    expect(await page.getByText('Your session has ended').count()).toBe(0);
    await page.close();
  });
});

describe('a new member', () => {
  it('registers, is signed in, and is shown no court management', async () => {
    const page = await openPage();
    await page.getByRole('link', { name: 'Register' }).click();
    const username = `member_${randomUUID().slice(0, 8)}`;
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Your name').fill('Browser Member');
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill('password');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The 1,000 most common passwords are refused, next to the password field.
    await page.locator('#register-password[aria-invalid="true"]').waitFor();
    await screenshot(page, 'register');

    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${username}`).waitFor();
    expect(await page.getByRole('link', { name: 'New court' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'People' }).count()).toBe(0);

    await page.goto(`${readStack().edgeUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Not available to your account' }).waitFor();
    await page.close();
  });
});

describe('an admin', () => {
  it('finds a member and grants, then revokes, the staff role', async () => {
    const member = await openPage();
    await member.getByRole('link', { name: 'Register' }).click();
    const username = `grantee_${randomUUID().slice(0, 8)}`;
    await member.getByLabel('Username').fill(username);
    await member.getByLabel('Your name').fill('Future Staff');
    await member.getByLabel('Email').fill(`${username}@example.com`);
    await member.getByLabel('Password').fill('correct horse battery staple');
    await member.getByRole('button', { name: 'Create account' }).click();
    await member.getByText(`Signed in as ${username}`).waitFor();

    const page = await openPage();
    await signIn(page, 'admin', 'admin123');
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Username, name or email').fill(username);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: username }).click();
    await page.getByRole('heading', { name: 'Future Staff' }).waitFor();

    await page.getByRole('button', { name: `Grant staff to ${username}` }).click();
    await page.getByRole('button', { name: `Revoke staff from ${username}` }).waitFor();
    await screenshot(page, 'user-roles');

    // The member's next request sees the new role: the menu now offers court creation.
    await member.reload();
    await member.getByRole('link', { name: 'New court' }).waitFor();

    await page.getByRole('button', { name: `Revoke staff from ${username}` }).click();
    await page.getByRole('button', { name: `Grant staff to ${username}` }).waitFor();
    await page.close();
    await member.close();
  });
});

describe('a session', () => {
  it('is refreshed silently once the access token has expired', async () => {
    const page = await openPage();
    await signIn(page, 'demouser', 'demo123');
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('mutation RefreshSession')) refreshes.push(request.url());
    });
    // A string expression: this package's types describe Node, not the page's DOM.
    const storedToken = () => page.evaluate("sessionStorage.getItem('courtgraph.refreshToken')");
    const before = await storedToken();

    await page.waitForTimeout((BROWSER_ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    await page.getByRole('link', { name: 'New court' }).click();
    const name = `After Refresh ${randomUUID().slice(0, 8)}`;
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create court' }).click();
    await page.getByRole('heading', { name }).waitFor();

    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    expect(await storedToken()).not.toBe(before);
    await page.getByText('Signed in as demouser').waitFor();

    // A reload keeps the session: the stored refresh token buys a new access token.
    await page.reload();
    await page.getByText('Signed in as demouser').waitFor();
    await page.close();
  });

  it('ends, back to the anonymous view, when signing out', async () => {
    const page = await openPage();
    await signIn(page, 'demouser', 'demo123');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('link', { name: 'New court' }).count()).toBe(0);
    await page.close();
  });
});
