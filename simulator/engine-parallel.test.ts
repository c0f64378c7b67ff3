import { expect, test } from 'vitest';
import { pauseStep } from './plan.ts';
import { findBlock } from './tree.ts';
import {
  createTestEngine,
  parallelSpec,
  STEP_MS,
  steps,
  taskSpec,
} from './test-engine.ts';

// Paths in parallelSpec(): phase 0_1 holds the parallel block 0_1_1 with
// server A (0_1_1_1, two steps) and server B (0_1_1_2, four steps).

test('parallel blocks run side by side and are all listed as executing', () => {
  const { engine } = createTestEngine();
  const task = engine.addTask(parallelSpec());

  engine.start(task.id);

  expect(task.running.map((step) => step.path)).toEqual([
    '0_1_1_1_1',
    '0_1_1_2_1',
  ]);
  expect(task.root.state).toBe('EXECUTING');
  expect(task.stepBlocks.get('0_1_1_1')?.state).toBe('EXECUTING');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('EXECUTING');
});

test('a failure beside a running block makes the task FAILING, then FAILED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(parallelSpec(true));
  const parallel = findBlock(task, '0_1_1');
  engine.start(task.id);

  advance(2 * STEP_MS);

  expect(task.state).toBe('FAILING');
  expect(task.stepBlocks.get('0_1_1_1')?.state).toBe('FAILED');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('EXECUTING');
  expect(parallel?.state).toBe('FAILING');
  expect(task.root.state).toBe('FAILING');

  // Server B finishes its own block; nothing else starts.
  advance(2 * STEP_MS);
  expect(task.state).toBe('FAILED');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('DONE');
  expect(parallel?.state).toBe('FAILED');
  expect(task.stepBlocks.get('0_2_1')?.state).toBe('PENDING');
});

test('a restart after a parallel failure retries only the failed block', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(parallelSpec(true));
  engine.start(task.id);
  advance(4 * STEP_MS);

  engine.start(task.id);

  expect(task.running.map((step) => step.path)).toEqual(['0_1_1_1_2']);
  advance(2 * STEP_MS);
  expect(task.state).toBe('EXECUTED');
  expect(task.failures).toBe(1);
});

test('abort interrupts every running block: ABORTING, then ABORTED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(parallelSpec());
  engine.start(task.id);
  advance(STEP_MS / 2);

  engine.abort(task.id);

  expect(task.state).toBe('ABORTING');
  expect(task.steps.filter((step) => step.state === 'FAILED')).toHaveLength(2);
  expect(findBlock(task, '0_1_1')?.state).toBe('ABORTING');
  advance(engine.abortMs);
  expect(task.state).toBe('ABORTED');
  expect(task.stepBlocks.get('0_1_1_1')?.state).toBe('ABORTED');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('ABORTED');
});

test('abort while FAILING interrupts the blocks still running', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(parallelSpec(true));
  engine.start(task.id);
  advance(2 * STEP_MS + STEP_MS / 2);

  engine.abort(task.id);
  advance(engine.abortMs);

  expect(task.state).toBe('ABORTED');
  expect(task.stepBlocks.get('0_1_1_1')?.state).toBe('FAILED');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('ABORTED');
});

test('stop lets every running block finish its step: STOPPING, then STOPPED', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(parallelSpec());
  engine.start(task.id);
  advance(STEP_MS / 2);

  engine.stop(task.id);
  expect(task.state).toBe('STOPPING');
  advance(STEP_MS / 2);

  expect(task.state).toBe('STOPPED');
  expect(task.running).toHaveLength(0);
  expect(task.steps.filter((step) => step.state === 'DONE')).toHaveLength(2);
  expect(findBlock(task, '0_1_1')?.state).toBe('STOPPED');
});

test('a pause step in one block stops the task once the others halt', () => {
  const { engine, advance } = createTestEngine();
  const task = engine.addTask(
    taskSpec({
      description: 'Both servers',
      parallel: true,
      blocks: [
        { description: 'A', steps: [pauseStep(), ...steps(1, 'A')] },
        { description: 'B', steps: steps(2, 'B') },
      ],
    }),
  );

  engine.start(task.id);
  expect(task.state).toBe('STOPPING');
  expect(task.steps[0]?.state).toBe('PAUSED');
  advance(STEP_MS);

  expect(task.state).toBe('STOPPED');
  expect(task.stepBlocks.get('0_1_1_1')?.state).toBe('STOPPED');
  expect(task.stepBlocks.get('0_1_1_2')?.state).toBe('STOPPED');
  engine.start(task.id);
  advance(10 * STEP_MS);
  expect(task.state).toBe('EXECUTED');
});
