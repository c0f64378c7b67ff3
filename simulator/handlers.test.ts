import { expect, test } from 'vitest';
import { DENIAL_MESSAGE } from './auth.ts';
import {
  createTestEngine,
  failingSpec,
  STEP_MS,
  taskSpec,
  steps,
} from './test-engine.ts';
import { setupXldServer, xld } from './test-http.ts';

const { serve } = setupXldServer();

function pendingTask() {
  const sim = createTestEngine();
  serve(sim);
  const task = sim.engine.addTask(
    taskSpec({ description: 'Deploy', steps: steps(2) }),
  );
  return { sim, task };
}

test('a request without credentials or with a wrong password gets 401', async () => {
  pendingTask();

  for (const user of ['nobody', 'wrong'] as const) {
    const response = await xld('/task/current/all', { user });
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toBe('text/plain');
  }
});

test('admin starts a task: 204 without a body, then the task executes', async () => {
  const { task } = pendingTask();

  const started = await xld(`/task/${task.id}/start`, { method: 'POST' });
  const read = await xld(`/task/${task.id}/`);

  expect(started.status).toBe(204);
  expect(await started.text()).toBe('');
  expect(await read.text()).toContain('state="EXECUTING" state2="EXECUTING"');
});

test('a viewer may read a task but not act on it: 403 with the denial', async () => {
  const { task } = pendingTask();

  const read = await xld(`/tasks/v2/${task.id}`, { user: 'viewer' });
  const start = await xld(`/tasks/v2/${task.id}/start`, {
    user: 'viewer',
    method: 'POST',
  });

  expect(read.status).toBe(200);
  expect(start.status).toBe(403);
  expect(await start.text()).toBe(DENIAL_MESSAGE);
  expect(task.state).toBe('PENDING');
});

test('an unknown task or path is 404 naming it; a wrong method is 405', async () => {
  pendingTask();

  const task = await xld('/task/no-such-task');
  const block = await xld('/tasks/v2/no-such-task/block/0_1');
  const path = await xld('/nothing/here');
  const method = await xld('/task/current/all', { method: 'POST' });

  expect(task.status).toBe(404);
  expect(await task.text()).toBe('Task no-such-task not found');
  expect(block.status).toBe(404);
  expect(path.status).toBe(404);
  expect(method.status).toBe(405);
});

test('an illegal action is refused with 400 and text; stop on PENDING is 204', async () => {
  const { task } = pendingTask();

  const archive = await xld(`/task/${task.id}/archive`, { method: 'POST' });
  const stop = await xld(`/task/${task.id}/stop`, { method: 'POST' });

  expect(archive.status).toBe(400);
  expect(archive.headers.get('Content-Type')).toBe('text/plain');
  expect(await archive.text()).toBe(
    `Task ${task.id} is PENDING: cannot archive it`,
  );
  expect(stop.status).toBe(204);
  expect(task.state).toBe('PENDING');
});

test('DELETE cancels: a task that never ran is gone afterwards', async () => {
  const { task } = pendingTask();

  const cancel = await xld(`/tasks/v2/${task.id}`, { method: 'DELETE' });
  const read = await xld(`/tasks/v2/${task.id}`);

  expect(cancel.status).toBe(204);
  expect(read.status).toBe(404);
});

test('/current lists the caller’s own tasks, /current/all every task', async () => {
  const sim = createTestEngine();
  serve(sim);
  sim.engine.addTask(taskSpec({ description: 'A', steps: steps(1) }));
  sim.engine.addTask({
    ...taskSpec({ description: 'B', steps: steps(1) }),
    owner: 'j.dekker',
  });

  const own = await (await xld('/task/current')).text();
  const all = await (await xld('/tasks/v2/current/all')).text();
  const viewers = await (await xld('/task/current', { user: 'viewer' })).text();

  expect(own.match(/<task /g)).toHaveLength(1);
  expect(all.match(/<task /g)).toHaveLength(2);
  expect(viewers).toBe('<list/>\n');
});

test('skip takes v2 step paths as JSON and v1 step ids as an XML list', async () => {
  const { task } = pendingTask();

  const v2 = await xld(`/tasks/v2/${task.id}/skip`, {
    method: 'POST',
    body: '["0_1_1_1"]',
  });
  const v1 = await xld(`/task/${task.id}/skip`, {
    method: 'POST',
    body: '<list><int>2</int></list>',
  });
  const bad = await xld(`/task/${task.id}/unskip`, {
    method: 'POST',
    body: 'x',
  });

  expect([v2.status, v1.status, bad.status]).toEqual([204, 204, 400]);
  expect(task.steps.map((step) => step.state).slice(0, 2)).toEqual([
    'SKIP',
    'SKIP',
  ]);
});

test('schedule takes an ISO time with an offset; a past one is 400', async () => {
  const { sim, task } = pendingTask();
  const later = new Date(sim.engine.now() + 3_600_000).toISOString();

  const past = await xld(
    `/tasks/v2/${task.id}/schedule?time=2001-01-01T00:00:00.000-0000`,
    { method: 'POST' },
  );
  const ok = await xld(`/tasks/v2/${task.id}/schedule?time=${later}`, {
    method: 'POST',
  });

  expect(past.status).toBe(400);
  expect(ok.status).toBe(204);
  expect(task.state).toBe('SCHEDULED');
});

test('step-log answers JSON while the task is current, 404 once archived', async () => {
  const sim = createTestEngine();
  serve(sim);
  const task = sim.engine.addTask(failingSpec());
  sim.engine.start(task.id);
  sim.advance(2 * STEP_MS);

  const log = await xld(`/tasks/v2/${task.id}/step-log/0_1_1_2`);
  expect(log.headers.get('Content-Type')).toBe('application/json');
  expect(await log.json()).toEqual({ log: 'Step 2 line 1\nBoom\n' });

  sim.engine.cancel(task.id);
  expect((await xld(`/tasks/v2/${task.id}/step-log/0_1_1_2`)).status).toBe(404);
  expect((await xld(`/tasks/v2/${task.id}`)).status).toBe(200);
});

test('status answers the state of a step or a block as JSON', async () => {
  const { sim, task } = pendingTask();
  sim.engine.start(task.id);

  const step = await xld(`/tasks/v2/${task.id}/status/0_1_1_1`);
  const block = await xld(`/tasks/v2/${task.id}/status/0_2_1`);

  expect(await step.json()).toEqual({ status: 'EXECUTING' });
  expect(await block.json()).toEqual({ status: 'PENDING' });
});
