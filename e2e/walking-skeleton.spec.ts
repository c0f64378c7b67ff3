import { expect, test } from '@playwright/test';

test('polling moves the progress bar of an executing task', async ({
  page,
}) => {
  await page.goto('/');

  const bar = page.getByRole('progressbar', {
    name: 'Progress of Initial deployment of Environments/Dev/TEST/PetPortal',
  });
  await expect(bar).toBeVisible();
  const first = Number(await bar.getAttribute('aria-valuenow'));

  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), {
      timeout: 15_000,
    })
    .toBeGreaterThan(first);
});
