/**
 * Venues, free times, booking and cancelling, and maintenance blocks in real headless Chromium
 * through the edge, on the development seed (docs/demo-data.md). Saves screenshots of these
 * pages to docs/screenshots (README shows them).
 */
import { randomUUID } from 'node:crypto';

import type { Page } from 'playwright-core';

import { screenshot, signIn, useWebApp } from '../support/webApp.js';

const MADRID = 'Madrid Racquet Club';

const { openPage } = useWebApp();

/** A date `days` from today in Madrid, as the venue counts days. */
function madridDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(at);
}

async function openCentreCourt(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Venues' }).click();
  await page.getByRole('link', { name: MADRID }).click();
  await page.getByRole('heading', { name: MADRID }).waitFor();
  await page.getByRole('link', { name: 'Centre Court' }).click();
  await page.getByRole('heading', { name: 'Centre Court' }).waitFor();
}

describe('an anonymous visitor', () => {
  it("sees venues with their zones and hours, and a court's free times in venue time", async () => {
    const page = await openPage();
    await page.getByRole('link', { name: 'Venues' }).click();
    await page.getByRole('heading', { name: 'Venues' }).waitFor();
    await page.getByText('Europe/Madrid time').waitFor();
    await page.getByText('America/New York time').waitFor();
    await screenshot(page, 'venues');

    await page.getByRole('link', { name: MADRID }).click();
    await page.getByRole('heading', { name: 'Opening hours' }).waitFor();
    await page.getByRole('link', { name: 'Centre Court' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    const slot = page.locator('.slot').first();
    await slot.waitFor();
    // Madrid's opening time, whatever zone this machine and its browser are in.
    expect(await slot.locator('.slot-time').textContent()).toBe('08:00–09:00');
    await page.getByText(/Free on .* \(Europe\/Madrid time\)/).waitFor();
    expect(await page.getByRole('button', { name: /^Book / }).count()).toBe(0);
    await page.getByText('to book.').waitFor();
    await page.close();
  });
});

describe('a member', () => {
  it('registers, books a free slot, sees it, and cancels it with a reason', async () => {
    const page = await openPage();
    await page.getByRole('link', { name: 'Register' }).click();
    const username = `booker_${randomUUID().slice(0, 8)}`;
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Your name').fill('Browser Booker');
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${username}`).waitFor();

    await openCentreCourt(page);
    // Centre Court may be cancelled online until 24 hours before the start: book after that.
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    const slot = page.getByRole('button', { name: /^Book \d\d:\d\d–\d\d:\d\d for / }).first();
    await slot.waitFor();
    const time = (await slot.locator('.slot-time').textContent()) ?? '';
    await slot.click();
    const bookings: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('mutation CreateBooking')) bookings.push(request.url());
    });
    await page.getByRole('region', { name: 'Confirm booking' }).waitFor();
    // Focus follows the choice to the confirm step, then to the outcome.
    const focused = async () => (await page.locator(':focus').textContent()) ?? '';
    expect(await focused()).toBe('Confirm booking');
    await screenshot(page, 'availability');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByText(/^Booked: Centre Court/).waitFor();
    expect(await focused()).toMatch(/^Booked: Centre Court/);
    expect(bookings).toHaveLength(1);
    // The booked slot is no longer offered.
    await page
      .locator('.slot-time', { hasText: new RegExp(`^${time}$`) })
      .waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'See my bookings' }).click();
    await page.getByRole('heading', { name: 'My bookings' }).waitFor();
    const booking = page.locator('.booking', { hasText: 'Centre Court' });
    await booking.getByText(time).waitFor();
    await booking.getByText('(Europe/Madrid time)').waitFor();
    await screenshot(page, 'my-bookings');

    await booking.getByRole('button', { name: /^Cancel booking, Centre Court/ }).click();
    await booking.getByLabel('Reason (optional)').fill('Plans changed');
    await booking.getByRole('button', { name: /^Confirm cancelling/ }).click();
    await booking.locator('.badge-cancelled').waitFor();
    await page.getByText('Reason: Plans changed').waitFor();
    await page.close();
  });
});

describe('staff', () => {
  it('sees the dry run of a maintenance block before placing it, then lifts it', async () => {
    const page = await openPage();
    await signIn(page, 'demouser', 'demo123');

    await page.getByRole('link', { name: 'Maintenance' }).click();
    await page.getByRole('heading', { name: 'Maintenance blocks' }).waitFor();
    await page.getByText('No blocks planned.').waitFor();
    // The seed books every active court once between 09:00 and 13:00 each day.
    const date = madridDate(2);
    await page.getByLabel('Centre Court').check();
    await page.getByLabel('Starts').fill(`${date}T08:00`);
    await page.getByLabel('Ends').fill(`${date}T13:00`);
    await page.getByLabel('Reason', { exact: true }).fill('Resurfacing');
    await page.getByRole('button', { name: 'Check impact' }).click();
    const impact = page.getByRole('status', { name: 'Impact of this block' });
    await impact.waitFor();
    expect(await impact.locator('li').count()).toBeGreaterThan(0);
    // The default policy refuses a block over bookings: it cannot be placed.
    expect(await impact.getByRole('button', { name: 'Place block' }).isDisabled()).toBe(true);

    await page.getByLabel('Keep those bookings, flagged for staff to sort out').check();
    expect(await impact.count()).toBe(0);
    await page.getByRole('button', { name: 'Check impact' }).click();
    await impact.waitFor();
    await screenshot(page, 'maintenance');
    await impact.getByRole('button', { name: 'Place block' }).click();
    await page.getByText('Block placed.').waitFor();
    await page.locator('.booking', { hasText: 'Resurfacing' }).waitFor();

    await page.getByRole('button', { name: /^Lift the block of/ }).click();
    await page.getByText('No blocks planned.').waitFor();
    await page.close();
  });

  it('sees every booking and archives a court, then returns it to booking', async () => {
    const page = await openPage();
    await signIn(page, 'demouser', 'demo123');

    await page.getByRole('link', { name: 'All bookings' }).click();
    await page.getByRole('heading', { name: 'All bookings' }).waitFor();
    await page.locator('.booking').first().waitFor();
    expect(await page.getByText(/for demomember/).count()).toBeGreaterThan(0);

    await openCentreCourt(page);
    await page.getByRole('button', { name: 'Archive Centre Court' }).click();
    await page.getByText('This court is archived and takes no bookings.').waitFor();
    await page.getByRole('button', { name: 'Return Centre Court to booking' }).click();
    await page.getByRole('heading', { name: 'Book a time' }).waitFor();
    await page.close();
  });
});
