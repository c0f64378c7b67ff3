import { expect, test } from '@playwright/test';
import { largestCard, openBlock, totalSteps } from './support/cards.ts';

test('the largest task opens and a block of a thousand steps draws a screenful', async ({
  page,
}) => {
  await page.goto('/');
  const largest = await largestCard(page);
  expect(await totalSteps(largest)).toBeGreaterThanOrEqual(3_000);
  await largest.getByRole('link').click();

  const tree = page.getByRole('tree');
  const block = tree.getByRole('treeitem', {
    name: 'Upload static content to the CDN origin',
  });
  await openBlock(block);
  const firstStep = block.getByRole('treeitem').first();
  await expect(firstStep).toBeVisible();

  const size = Number(await firstStep.getAttribute('aria-setsize'));
  expect(size).toBeGreaterThanOrEqual(1_000);
  const drawn = await block.locator('[data-step-row]').count();
  expect(drawn).toBeLessThan(60);

  // The last step is reached by scrolling, drawn on demand.
  await block.getByRole('group').evaluate((group) => {
    group.scrollTop = group.scrollHeight;
  });
  await expect(
    block.locator(`[data-step-row][aria-posinset="${size}"]`),
  ).toBeVisible();
});
