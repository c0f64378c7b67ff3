// The built app on the production server (`npm run build`, `npm run serve`)
// in Chromium, proxying a simulator with XLD_ALLOW_START unset. Every test
// runs under the browser guard: no policy violation, no console error, no
// credential in anything the browser receives.
import { expect, type Page } from '@playwright/test';
import { test } from './support/browser-guard.ts';
import { cards, cardsInState } from './support/cards.ts';
import { readTaskFromSimulator } from './support/production-env.ts';

const EXECUTING_TASK = 'Initial deployment of Environments/Dev/TEST/PetPortal';

/** A header's value; an absent header fails with its name. */
function header(headers: Record<string, string>, name: string): string {
  expect(headers, `the ${name} header`).toHaveProperty([name]);
  return headers[name] ?? '';
}

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string> {
  const entries = policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources.join(' ')] as const;
  });
  return new Map(entries);
}

function expectSecurityHeaders(headers: Record<string, string>): void {
  const policy = header(headers, 'content-security-policy');
  expect(policy).not.toContain('unsafe-');
  const sources = directives(policy);
  expect(sources.get('default-src')).toBe("'self'");
  expect(sources.get('script-src')).toBe("'self'");
  expect(sources.get('style-src')).toBe("'self'");
  expect(sources.get('connect-src')).toBe("'self'");
  expect(sources.get('object-src')).toBe("'none'");
  expect(sources.get('frame-ancestors')).toBe("'none'");
  expect(header(headers, 'x-content-type-options')).toBe('nosniff');
  expect(header(headers, 'referrer-policy')).toBe('no-referrer');
  expect(header(headers, 'x-frame-options')).toBe('DENY');
}

/** Opens the task on the card and answers the task's id, from its address. */
async function openTask(page: Page, name: string): Promise<string> {
  await page
    .getByRole('article', { name, exact: true })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/tasks\/[^/?]+$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

test('the built app shows the current tasks through the proxy under its strict policy', async ({
  page,
}) => {
  const document = await page.goto('/');

  expect(document?.status()).toBe(200);
  expectSecurityHeaders((await document?.allHeaders()) ?? {});
  await expect(cards(page).first()).toBeVisible();
  const bar = page.getByRole('progressbar', {
    name: `Progress of ${EXECUTING_TASK}`,
  });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', /^[1-9]/);
});

test('a deep link to a task reloads into its detail', async ({ page }) => {
  await page.goto('/');
  const taskId = await openTask(page, EXECUTING_TASK);

  // The browser asks the server for /tasks/<id> itself, not for index.html.
  const document = await page.reload();

  expect(document?.status()).toBe(200);
  expect(document?.url()).toMatch(/\/tasks\/[^/?]+$/);
  expectSecurityHeaders((await document?.allHeaders()) ?? {});
  await expect(
    page.getByRole('heading', { level: 1, name: EXECUTING_TASK }),
  ).toBeVisible();
  await expect(page.getByText(taskId, { exact: true })).toBeVisible();
  await expect(
    page.getByRole('tree').getByRole('treeitem').first(),
  ).toBeVisible();
});

test('no header or body the browser receives holds the proxy’s credentials', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await openTask(page, EXECUTING_TASK);
  await expect(
    page.getByRole('tree').getByRole('treeitem').first(),
  ).toBeVisible();
  // The proxy's own answers and an upstream refusal, as the page gets them.
  guard.allowConsoleError(/status of 404/);
  const statuses = await page.evaluate(async () => {
    const paths = ['/api/settings', '/healthz', '/deployit/task/no-such-task'];
    const answers = await Promise.all(paths.map((path) => fetch(path)));
    // A body the page leaves unread never finishes arriving.
    await Promise.all(answers.map((answer) => answer.text()));
    return answers.map((answer) => answer.status);
  });
  expect(statuses).toEqual([200, 200, 404]);

  // The browser reports a finished request a moment after the page has it.
  const read = async (pattern: RegExp) =>
    (await guard.scanned()).filter(
      (answer) => answer.bodyScanned && pattern.test(answer.url),
    );
  // Each body is scanned as it arrives, so every check waits for its own.
  const scannedOnce = async (pattern: RegExp, what: string) => {
    await expect
      .poll(async () => (await read(pattern)).length, { message: what })
      .toBeGreaterThan(0);
  };
  await scannedOnce(/\/no-such-task$/, 'the unknown task');
  expect(await read(/\/no-such-task$/)).toHaveLength(1);
  await scannedOnce(/:\d+\/$/, 'the document');
  await scannedOnce(/\/assets\/.+\.js$/, 'the app’s script');
  // The task list, or the task's counters: both are TaskService answers,
  // and a list poll cut short by leaving the overview has no body.
  await scannedOnce(/\/deployit\/task\//, 'a TaskService answer');
  await scannedOnce(/\/deployit\/tasks\/v2\//, 'the plan');
  // Only a poll the page left behind may go unread: never app code.
  const unread = (await guard.scanned()).filter(
    (answer) => !answer.bodyScanned,
  );
  expect(unread.map((answer) => answer.resourceType)).not.toContain('script');
  expect(unread.map((answer) => answer.resourceType)).not.toContain('document');
});

test('read-only by default: no start offered, and a start is refused', async ({
  page,
  guard,
}) => {
  const settings = page.waitForResponse('**/api/settings');
  const pending = await cardsInState(page, 'PENDING');
  expect(await (await settings).json()).toEqual({ actions: { start: false } });
  const name = (await pending.first().getAttribute('aria-label')) ?? '';
  await expect(pending.first().getByRole('button')).toHaveCount(0);

  const taskId = await openTask(page, name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: /start/i })).toHaveCount(0);

  guard.allowConsoleError(/status of 403/);
  const answers = await page.evaluate(async (id) => {
    const paths = [
      `/deployit/task/${id}/start`,
      `/deployit/tasks/v2/${id}/start`,
    ];
    const sent = paths.map((path) => fetch(path, { method: 'POST' }));
    return Promise.all(
      (await Promise.all(sent)).map(async (answer) => ({
        status: answer.status,
        text: await answer.text(),
      })),
    );
  }, taskId);
  for (const answer of answers) {
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('XLD_ALLOW_START=true');
  }
  expect(await readTaskFromSimulator(taskId)).toMatch(
    /^<task [^>]*state="PENDING"/,
  );
});
