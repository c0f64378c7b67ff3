// The static demo (`npm run build:demo`) from its built files on a plain
// static host: the simulator runs in the page, behind MSW's service worker,
// and no request for XL Deploy or the proxy ever leaves the browser.
import { expect, test, type Page, type Response } from '@playwright/test';
import { cards } from './support/cards.ts';

const EXECUTING_TASK = 'Initial deployment of Environments/Dev/TEST/PetPortal';

/** Every answer the page gets for XL Deploy's or the proxy's paths. */
function recordApiAnswers(page: Page): Response[] {
  const answers: Response[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/deployit') || pathname.startsWith('/api/')) {
      answers.push(response);
    }
  });
  return answers;
}

test('the demo shows a morning of tasks from its files alone', async ({
  page,
}) => {
  const answers = recordApiAnswers(page);

  await page.goto('/');

  await expect(cards(page).first()).toBeVisible();
  expect(await cards(page).count()).toBeGreaterThan(10);
  await expect(
    page
      .getByRole('article', { name: EXECUTING_TASK, exact: true })
      .getByRole('progressbar'),
  ).toBeVisible();
  expect(answers.length).toBeGreaterThan(0);
  for (const answer of answers) {
    expect(answer.fromServiceWorker(), answer.url()).toBe(true);
  }
});

test('a task of the demo opens with its plan', async ({ page }) => {
  await page.goto('/');

  await page
    .getByRole('article', { name: EXECUTING_TASK, exact: true })
    .getByRole('link')
    .click();

  await expect(page).toHaveURL(/\/tasks\/[^/?]+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: EXECUTING_TASK }),
  ).toBeVisible();
  await expect(
    page.getByRole('tree').getByRole('treeitem').first(),
  ).toBeVisible();
});
