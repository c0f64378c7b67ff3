import { expect, test } from 'vitest';
import {
  createTestEngine,
  failingSpec,
  STEP_MS,
  steps,
  T0,
  taskSpec,
} from './test-engine.ts';

test('a started task runs its steps one after another in time', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(
    taskSpec({ description: 'Deploy', steps: steps(2) }),
  );
  const [first, second, register] = task.steps;

  engine.start(task.id);

  expect(task.state).toBe('EXECUTING');
  expect(task.startedAt).toBe(T0);
  expect(first?.state).toBe('EXECUTING');
  expect(task.root.state).toBe('EXECUTING');
  advance(STEP_MS - 1);
  expect(first?.state).toBe('EXECUTING');
  advance(1);
  expect(first?.state).toBe('DONE');
  expect(first?.completedAt).toBe(T0 + STEP_MS);
  expect(second?.state).toBe('EXECUTING');
  expect(second?.startedAt).toBe(T0 + STEP_MS);
  expect(register?.state).toBe('PENDING');
});

test('a task whose last step is done is EXECUTED with its completion date', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(
    taskSpec({ description: 'Deploy', steps: steps(2) }),
  );

  engine.start(task.id);
  advance(10 * STEP_MS);

  expect(task.state).toBe('EXECUTED');
  expect(task.completedAt).toBe(T0 + 3 * STEP_MS);
  expect(task.root.state).toBe('DONE');
  expect(task.steps.map((step) => step.state)).toEqual([
    'DONE',
    'DONE',
    'DONE',
  ]);
  expect(task.steps[0]?.log).toBe('Step 1 line 1\nStep 1 line 2\n');
});

test('a failing step fails the task, counts the failure and logs it', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(failingSpec());

  engine.start(task.id);
  advance(2 * STEP_MS);

  const failed = task.steps[1];
  expect(task.state).toBe('FAILED');
  expect(task.failures).toBe(1);
  expect(failed?.state).toBe('FAILED');
  expect(failed?.failures).toBe(1);
  expect(failed?.log).toBe('Step 2 line 1\nBoom\n');
  expect(task.stepBlocks.get('0_1_1')?.state).toBe('FAILED');
  expect(task.root.state).toBe('FAILED');
  expect(task.completedAt).toBeUndefined();
});

test('a restart retries the failed step and keeps both attempts in its log', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(failingSpec());
  engine.start(task.id);
  advance(2 * STEP_MS);

  engine.start(task.id);
  expect(task.steps[1]?.state).toBe('EXECUTING');
  advance(3 * STEP_MS);

  expect(task.state).toBe('EXECUTED');
  expect(task.failures).toBe(1);
  expect(task.steps[1]?.log).toBe(
    '# Attempt nr. 1\nStep 2 line 1\nBoom\n' +
      '# Attempt nr. 2\nStep 2 line 1\nStep 2 line 2\n',
  );
});

test('stop lets the running step finish, then the task is STOPPED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(
    taskSpec({ description: 'Deploy', steps: steps(3) }),
  );
  engine.start(task.id);
  advance(STEP_MS / 2);

  engine.stop(task.id);
  expect(task.state).toBe('STOPPING');
  expect(task.steps[0]?.state).toBe('EXECUTING');
  advance(STEP_MS / 2);

  expect(task.state).toBe('STOPPED');
  expect(task.steps.map((step) => step.state).slice(0, 2)).toEqual([
    'DONE',
    'PENDING',
  ]);
  expect(task.stepBlocks.get('0_1_1')?.state).toBe('STOPPED');
  expect(task.root.state).toBe('STOPPED');

  engine.start(task.id);
  expect(task.steps[1]?.state).toBe('EXECUTING');
});

test('abort interrupts the running step: ABORTING a moment, then ABORTED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(
    taskSpec({ description: 'Deploy', steps: steps(3) }),
  );
  engine.start(task.id);
  advance(STEP_MS / 2);

  engine.abort(task.id);

  expect(task.state).toBe('ABORTING');
  expect(task.steps[0]?.state).toBe('FAILED');
  expect(task.stepBlocks.get('0_1_1')?.state).toBe('ABORTING');
  expect(task.steps[0]?.log).toBe('Step 1 line 1\nStep was aborted.\n');
  advance(engine.abortMs - 1);
  expect(task.state).toBe('ABORTING');
  advance(1);
  expect(task.state).toBe('ABORTED');
  expect(task.stepBlocks.get('0_1_1')?.state).toBe('ABORTED');
  expect(task.root.state).toBe('ABORTED');
});

test('a pause step stops the task and is PAUSED until the task starts again', () => {
  const { engine, advance } = createTestEngine();
  const [first, second] = steps(2);
  if (!first || !second) throw new Error('two steps');
  const task = engine.addTask(
    taskSpec({
      description: 'Deploy',
      steps: [
        first,
        { description: 'Wait for user input', pause: true },
        second,
      ],
    }),
  );

  engine.start(task.id);
  advance(STEP_MS);

  expect(task.state).toBe('STOPPED');
  expect(task.steps[1]?.state).toBe('PAUSED');
  expect(task.stepBlocks.get('0_1_1')?.state).toBe('STOPPED');
  engine.start(task.id);
  expect(task.steps[1]?.state).toBe('EXECUTING');
  advance(10 * STEP_MS);
  expect(task.state).toBe('EXECUTED');
  expect(task.steps[1]?.state).toBe('DONE');
});

test('a step that fails while the task is STOPPING fails the task', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(failingSpec());
  engine.start(task.id);
  advance(STEP_MS + STEP_MS / 2);

  engine.stop(task.id);
  expect(task.state).toBe('STOPPING');
  advance(STEP_MS / 2);

  expect(task.state).toBe('FAILED');
  expect(task.steps[1]?.state).toBe('FAILED');
});
