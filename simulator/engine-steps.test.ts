import { expect, test } from 'vitest';
import {
  createTestEngine,
  failingSpec,
  STEP_MS,
  steps,
  T0,
  taskSpec,
} from './test-engine.ts';

function threeSteps() {
  return taskSpec({ description: 'Deploy', steps: steps(3) });
}

test('a skipped step is passed without running: SKIP, then SKIPPED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(threeSteps());

  expect(engine.skip(task.id, ['0_1_1_2'])).toEqual({ ok: true });
  expect(task.steps[1]?.state).toBe('SKIP');
  engine.start(task.id);
  advance(STEP_MS);

  expect(task.steps[1]?.state).toBe('SKIPPED');
  expect(task.steps[1]?.startedAt).toBeUndefined();
  expect(task.steps[2]?.state).toBe('EXECUTING');
  advance(2 * STEP_MS);
  expect(task.state).toBe('EXECUTED');
});

test('unskip puts a SKIP step back to PENDING', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask(threeSteps());
  engine.skip(task.id, ['0_1_1_2']);

  expect(engine.unskip(task.id, ['0_1_1_2'])).toEqual({ ok: true });

  expect(task.steps[1]?.state).toBe('PENDING');
});

test('v1 step ids name steps by their position in the plan', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask(threeSteps());

  engine.skip(task.id, [3]);

  expect(task.steps[2]?.state).toBe('SKIP');
});

test('a failed step can be skipped, and the restarted task passes it', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(failingSpec());
  engine.start(task.id);
  advance(2 * STEP_MS);

  expect(engine.skip(task.id, ['0_1_1_2'])).toEqual({ ok: true });
  engine.start(task.id);
  advance(2 * STEP_MS);

  expect(task.steps[1]?.state).toBe('SKIPPED');
  expect(task.state).toBe('EXECUTED');
});

test('skip is refused for done, running and unskippable steps', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(failingSpec());
  const register = task.steps[3]?.path ?? '';

  expect(engine.skip(task.id, [register])).toEqual({
    ok: false,
    status: 400,
    message: 'Step 0_2_1_1 may never be skipped',
  });
  engine.start(task.id);
  expect(engine.skip(task.id, ['0_1_1_3'])).toMatchObject({ status: 400 });
  advance(2 * STEP_MS);
  expect(engine.skip(task.id, ['0_1_1_1'])).toMatchObject({ status: 400 });
  expect(engine.skip(task.id, ['0_1_1_9'])).toMatchObject({ status: 404 });
  expect(engine.unskip(task.id, ['0_1_1_3'])).toMatchObject({ status: 400 });
  expect(task.steps[2]?.state).toBe('PENDING');
});

test('a scheduled task waits, then is queued and runs at its time', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(threeSteps());

  engine.schedule(task.id, T0 + 60_000);
  expect(task.state).toBe('SCHEDULED');
  expect(task.scheduledAt).toBe(T0 + 60_000);
  advance(59_999);
  expect(task.state).toBe('SCHEDULED');
  advance(1);

  expect(task.state).toBe('EXECUTING');
  expect(task.startedAt).toBe(T0 + 60_000);
  expect(task.scheduledAt).toBeUndefined();
});

test('a schedule in the past is refused', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask(threeSteps());

  expect(engine.schedule(task.id, T0)).toMatchObject({ status: 400 });
  expect(task.state).toBe('PENDING');
});

test('starting a scheduled task unschedules it', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask(threeSteps());
  engine.schedule(task.id, T0 + 60_000);

  engine.start(task.id);

  expect(task.state).toBe('EXECUTING');
  expect(task.scheduledAt).toBeUndefined();
});

test('above max active tasks a started task is QUEUED until one completes', () => {
  const { engine, advance } = createTestEngine(1);
  const first = engine.addTask(taskSpec({ description: 'A', steps: steps(1) }));
  const second = engine.addTask(
    taskSpec({ description: 'B', steps: steps(1) }),
  );

  engine.start(first.id);
  engine.start(second.id);
  expect(second.state).toBe('QUEUED');
  advance(2 * STEP_MS - 1);
  expect(second.state).toBe('QUEUED');
  advance(1);

  expect(first.state).toBe('EXECUTED');
  expect(second.state).toBe('EXECUTING');
  expect(second.startedAt).toBe(T0 + 2 * STEP_MS);
});

test('a task waits QUEUED until a worker picks it up', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask({ ...threeSteps(), pickupDelayMs: 5000 });

  engine.start(task.id);
  expect(task.state).toBe('QUEUED');
  advance(5000);

  expect(task.state).toBe('EXECUTING');
});

test('archive makes an EXECUTED task DONE: no longer current, archived', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(threeSteps());
  engine.start(task.id);
  advance(10 * STEP_MS);

  engine.archive(task.id);

  expect(task.state).toBe('DONE');
  expect(engine.currentTasks()).not.toContain(task);
  expect(engine.archivedTasks()).toContain(task);
  expect(engine.task(task.id)).toBe(task);
});

test('cancel archives a task that ran and forgets one that never did', () => {
  const { engine, advance } = createTestEngine();
  const ran = engine.addTask(failingSpec());
  const fresh = engine.addTask(threeSteps());
  engine.start(ran.id);
  advance(2 * STEP_MS);

  engine.cancel(ran.id);
  engine.cancel(fresh.id);

  expect(ran.state).toBe('CANCELLED');
  expect(ran.completedAt).toBe(T0 + 2 * STEP_MS);
  expect(engine.archivedTasks()).toEqual([ran]);
  expect(engine.task(fresh.id)).toBeUndefined();
});

test('an inspection task without steps is EXECUTED as soon as it runs', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask({ ...threeSteps(), phases: [] });

  engine.start(task.id);

  expect(task.steps).toHaveLength(0);
  expect(task.state).toBe('EXECUTED');
});

test('at its time a scheduled task is QUEUED until a worker takes it', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask({ ...threeSteps(), pickupDelayMs: 2000 });
  engine.schedule(task.id, T0 + 60_000);

  advance(60_000);
  expect(task.state).toBe('QUEUED');
  advance(2000);

  expect(task.state).toBe('EXECUTING');
  expect(task.startedAt).toBe(T0 + 62_000);
});
