import { expect, test } from 'vitest';
import {
  createTestEngine,
  STEP_MS,
  steps,
  T0,
  taskSpec,
  type TestEngine,
} from './test-engine.ts';
import { setupXldServer, xld } from './test-http.ts';

const { serve } = setupXldServer();
const DAY = 24 * 3600 * 1000;

/** One archived task started on each of three days from T0 (2026-12-03). */
function threeDays(): { sim: TestEngine; ids: string[] } {
  const sim = createTestEngine();
  serve(sim);
  const ids: string[] = [];
  for (let day = 0; day < 3; day++) {
    const task = sim.engine.addTask(
      taskSpec({ description: 'A', steps: steps(1) }),
    );
    sim.engine.start(task.id);
    sim.advance(2 * STEP_MS);
    sim.engine.archive(task.id);
    ids.push(task.id);
    sim.advance(DAY - 2 * STEP_MS);
  }
  return { sim, ids };
}

function idsIn(xml: string): string[] {
  return [...xml.matchAll(/<task id="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

test('the archive query answers archived tasks, oldest first', async () => {
  const { ids } = threeDays();

  const xml = await (await xld('/tasks/v2/query')).text();

  expect(idsIn(xml)).toEqual(ids);
  expect(xml).toContain('state="DONE"');
});

test('begindate and enddate are inclusive UTC days', async () => {
  const { ids } = threeDays();

  const xml = await (
    await xld('/tasks/v2/query?begindate=2026-12-04&enddate=2026-12-05')
  ).text();
  const v1 = await (await xld('/task/query?enddate=2026-12-03')).text();

  expect(idsIn(xml)).toEqual(ids.slice(1));
  expect(idsIn(v1)).toEqual(ids.slice(0, 1));
  expect(v1).toContain('state2="DONE"');
});

test('pages are 1-based; a page past the end is empty', async () => {
  const { ids } = threeDays();

  const second = await (
    await xld('/tasks/v2/query?page=2&resultsPerPage=2')
  ).text();
  const past = await (
    await xld('/tasks/v2/query?page=3&resultsPerPage=2')
  ).text();

  expect(idsIn(second)).toEqual(ids.slice(2));
  expect(past).toBe('<list/>\n');
});

test('a malformed date or page is refused with 400', async () => {
  threeDays();

  const date = await xld('/tasks/v2/query?begindate=03-12-2026');
  const page = await xld('/tasks/v2/query?page=0');

  expect(date.status).toBe(400);
  expect(page.status).toBe(400);
});

test('current tasks do not answer the archive query', async () => {
  const sim = createTestEngine();
  serve(sim);
  sim.engine.addTask(taskSpec({ description: 'A', steps: steps(1) }));

  const xml = await (await xld(`/tasks/v2/query?begindate=2026-12-03`)).text();

  expect(xml).toBe('<list/>\n');
  expect(T0).toBe(Date.UTC(2026, 11, 3, 9));
});
