// What the views benchmark measures in the browser.
import type { Page } from '@playwright/test';

const TASK_LIST = '/deployit/task/current/all';

/** Waits until `count` more responses to `path` have arrived. */
async function responses(page: Page, path: string, count: number) {
  for (let seen = 0; seen < count; seen++) {
    await page.waitForResponse((response) => response.url().endsWith(path), {
      timeout: 30_000,
    });
  }
}

/**
 * DOM mutations over polls that bring nothing new, leaving out those inside
 * elements marked as clocks (`data-clock`), which tick by design.
 */
export async function mutationsOverIdlePolls(
  page: Page,
  baseUrl: string,
  polls: number,
): Promise<number> {
  await page.goto(baseUrl);
  await page.getByRole('article').first().waitFor();
  await responses(page, TASK_LIST, 1);
  await page.waitForTimeout(300);

  // No named functions inside: tsx would wrap them in a helper the page
  // does not have.
  await page.evaluate(() => {
    const counter = { count: 0 };
    new MutationObserver((records) => {
      counter.count += records.filter((record) => {
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        return element?.closest('[data-clock]') == null;
      }).length;
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    Object.assign(window, { benchMutations: counter });
  });
  await responses(page, TASK_LIST, polls);
  await page.waitForTimeout(300);

  return page.evaluate(
    () =>
      (window as unknown as { benchMutations: { count: number } })
        .benchMutations.count,
  );
}

export interface OpenTimes {
  /** Until the task's plan and progress are on screen. */
  readonly planMs: number;
  /** Until the steps of the block open by default are drawn too. */
  readonly stepsMs: number;
}

const SIGHTS = [
  ['tree', '[role="tree"]'],
  ['progress', '[role="progressbar"]'],
  ['steps', '[data-step-row]'],
] as const;

/**
 * Notes, in every page loaded from now on, when the plan, the progress bar
 * and the first step row appear, in ms since navigation started. Timed in
 * the page, since a test runner polling from outside waits for the main
 * thread and so adds its own delays.
 */
export async function notePaintTimes(page: Page): Promise<void> {
  await page.addInitScript((sights) => {
    const seen: Record<string, number> = {};
    Object.assign(window, { benchSeen: seen });
    new MutationObserver(() => {
      for (const [name, selector] of sights) {
        if (name in seen || document.querySelector(selector) === null) continue;
        seen[name] = performance.now();
      }
    }).observe(document, { subtree: true, childList: true });
  }, SIGHTS);
}

/** Times of a deep link to a task whose open step block has steps. */
export async function openTask(page: Page, url: string): Promise<OpenTimes> {
  await page.goto(url);
  await page.locator('[data-step-row]').first().waitFor();
  const seen = await page.evaluate(
    () =>
      (window as unknown as { benchSeen: Record<string, number> }).benchSeen,
  );
  const at = (name: string) => seen[name] ?? Number.NaN;
  return {
    planMs: Math.max(at('tree'), at('progress')),
    stepsMs: at('steps'),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export interface RowCount {
  readonly drawn: number;
  readonly fitting: number;
  readonly steps: number;
}

/** Rows drawn in the first block of at least 1,000 steps, once open. */
export async function rowsOfLargeBlock(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-step-row]').first().waitFor();
  return page.evaluate((): RowCount => {
    const rows = [...document.querySelectorAll('[data-step-row]')];
    const large = rows.find(
      (row) => Number(row.getAttribute('aria-setsize')) >= 1_000,
    );
    const group = large?.closest('[role="group"]');
    if (large === undefined || group == null) {
      throw new Error('No open block of 1,000 steps');
    }
    const rowHeight = large.getBoundingClientRect().height;
    return {
      drawn: group.querySelectorAll('[data-step-row]').length,
      fitting: Math.ceil(window.innerHeight / rowHeight),
      steps: Number(large.getAttribute('aria-setsize')),
    };
  });
}
