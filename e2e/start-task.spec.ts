import { expect, test } from '@playwright/test';
import { cardNames, cardsInState, totalSteps } from './support/cards.ts';

test('a release manager starts a pending task and watches it reach EXECUTED', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The shortest pending deployment runs to its end within seconds.
  const pending = await cardsInState(page, 'PENDING');
  const names = await cardNames(pending);
  const sizes = await Promise.all(
    (await pending.all()).map((card) => totalSteps(card)),
  );
  const shortest = sizes.indexOf(Math.min(...sizes.filter((n) => n > 0)));
  const name = names[shortest] ?? '';

  await page.goto('/');
  const card = page.getByRole('article', { name, exact: true });
  await card.getByRole('button', { name: 'Start' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start this task?' });
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Start' }).click();

  await expect(card.getByText('PENDING', { exact: true })).toBeHidden();
  await expect(card.getByText('EXECUTED', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  const bar = card.getByRole('progressbar');
  await expect(bar).toHaveAttribute(
    'aria-valuenow',
    String(await totalSteps(card)),
  );
});
