// Finds tasks on the overview the way a person does: by state and by what
// the cards say, never by a task id.
import { expect, type Locator, type Page } from '@playwright/test';

export function cards(page: Page): Locator {
  return page.getByRole('list', { name: 'Tasks' }).getByRole('article');
}

/** The overview filtered to one state, with at least one card showing. */
export async function cardsInState(page: Page, state: string) {
  await page.goto(`/?state=${state}`);
  await expect(cards(page).first()).toBeVisible();
  return cards(page);
}

/** Total steps of a card, from its progress bar. */
export async function totalSteps(card: Locator): Promise<number> {
  const bar = card.getByRole('progressbar');
  return Number(await bar.getAttribute('aria-valuemax'));
}

export async function cardNames(list: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const card of await list.all()) {
    names.push((await card.getAttribute('aria-label')) ?? '');
  }
  return names;
}

/** The card of the task with the most steps. */
export async function largestCard(page: Page): Promise<Locator> {
  await expect(cards(page).first()).toBeVisible();
  let largest = cards(page).first();
  for (const card of await cards(page).all()) {
    if ((await totalSteps(card)) > (await totalSteps(largest))) largest = card;
  }
  return largest;
}

/** Opens a block of the plan; a running block is open already. */
export async function openBlock(block: Locator): Promise<void> {
  if ((await block.getAttribute('aria-expanded')) === 'false') {
    await block.locator('.tree-row').first().click();
  }
  await expect(block).toHaveAttribute('aria-expanded', 'true');
}
