import { expect, test } from '@playwright/test';
import { cardsInState } from './support/cards.ts';

test('the log of the failing step of a failed task says why it failed', async ({
  page,
}) => {
  const failed = await cardsInState(page, 'FAILED');
  await failed.first().getByRole('link').click();
  // The task's address is a deep link that survives a reload.
  await expect(page).toHaveURL(/\/tasks\/[^/]+$/);
  await page.reload();

  const tree = page.getByRole('tree');
  const failedStep = tree
    .getByRole('treeitem')
    .filter({ has: page.getByText('FAILED', { exact: true }) })
    .and(page.locator('[data-step-row]'))
    .first();
  await expect(failedStep).toBeVisible();
  await failedStep.click();

  const log = page.getByRole('log');
  await expect(log).toBeVisible();
  await expect(log).not.toBeEmpty();
  await expect(log.locator('[data-log-line]').first()).toHaveCSS(
    'white-space',
    'pre',
  );
  await expect(log).toHaveCSS('font-family', /mono/i);
});
