import { expect, test } from '@playwright/test';
import { cards } from './support/cards.ts';
import {
  startSimulatorAgain,
  stopSimulator,
} from './support/simulator-control.ts';

test('when XL Deploy goes away the data stays, marked stale, and recovers by itself', async ({
  page,
}) => {
  await page.goto('/');
  await expect(cards(page).first()).toBeVisible();
  const shown = await cards(page).count();

  await stopSimulator();
  try {
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('unreachable', { timeout: 20_000 });
    await expect(banner).toContainText(/Stale data on screen, updated \d+/);
    await expect(cards(page)).toHaveCount(shown);
  } finally {
    await startSimulatorAgain();
  }

  await expect(page.getByRole('alert')).toBeHidden({ timeout: 30_000 });
  await expect(cards(page).first()).toBeVisible();
});
