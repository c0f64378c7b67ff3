import { expect, test } from 'vitest';
import { createManualClock } from '../clock.ts';
import type { SimTask, SimTaskState } from '../model.ts';
import { createSimulation } from '../simulation.ts';
import { currentStepOf } from '../xml.ts';
import { PET_PORTAL_TASK_ID } from './morning-running.ts';

const START = Date.UTC(2026, 11, 3, 8, 30);

function morning(seed = 1) {
  const clock = createManualClock(START);
  const engine = createSimulation({
    clock: clock.now,
    scenario: 'morning',
    seed,
  });
  return { clock, engine };
}

function withState(tasks: SimTask[], state: SimTaskState): SimTask[] {
  return tasks.filter((task) => task.state === state);
}

test('the morning has about fifteen tasks in every state a team meets', () => {
  const tasks = morning().engine.currentTasks();

  expect(tasks.length).toBeGreaterThanOrEqual(14);
  expect(tasks.length).toBeLessThanOrEqual(18);
  const states = new Set(tasks.map((task) => task.state));
  for (const state of [
    'PENDING',
    'SCHEDULED',
    'QUEUED',
    'EXECUTING',
    'EXECUTED',
    'FAILED',
    'STOPPED',
    'ABORTED',
  ] as const) {
    expect(states).toContain(state);
  }
  expect(withState(tasks, 'PENDING').length).toBeGreaterThanOrEqual(3);
  const environments = new Set(tasks.map((task) => task.metadata.environment));
  expect([...environments]).toEqual(
    expect.arrayContaining(['DEV', 'TEST', 'ACC', 'PROD']),
  );
});

test('PetPortal on TEST executes in parallel blocks and moves every few seconds', () => {
  const { clock, engine } = morning();
  const task = engine.task(PET_PORTAL_TASK_ID);
  expect(task?.description).toBe(
    'Initial deployment of Environments/Dev/TEST/PetPortal',
  );
  expect(task?.running.length).toBeGreaterThan(1);

  for (let second = 0; second < 60; second += 3) {
    const before = task ? currentStepOf(task) : 0;
    clock.advance(3000);
    engine.currentTasks();
    expect(task?.state).toBe('EXECUTING');
    expect(task ? currentStepOf(task) : 0).toBeGreaterThan(before);
  }
});

test('the failed task shows a failed step with a multi-line, indented log', () => {
  const failed = withState(morning().engine.currentTasks(), 'FAILED')[0];
  const step = failed?.steps.find((each) => each.state === 'FAILED');

  expect(failed?.failures).toBe(1);
  expect(step?.log.split('\n').length).toBeGreaterThan(10);
  expect(step?.log).toMatch(/\n {4}Reason: {7}CrashLoopBackOff\n/);
});

test('the stopped task waits at a PAUSED pause step', () => {
  const stopped = withState(morning().engine.currentTasks(), 'STOPPED')[0];

  expect(stopped?.steps.some((step) => step.state === 'PAUSED')).toBe(true);
});

test('a large deployment has 3,000 steps, 1,000 of them in one step block', () => {
  const tasks = morning().engine.currentTasks();
  const large = tasks.find((task) => task.steps.length >= 3000);
  const blocks = [...(large?.stepBlocks.values() ?? [])];

  expect(large?.state).toBe('EXECUTING');
  expect(
    Math.max(...blocks.map((block) => block.steps.length)),
  ).toBeGreaterThanOrEqual(1000);
});

test('an inspection task has no steps', () => {
  const tasks = morning().engine.currentTasks();

  const inspection = tasks.find(
    (task) => task.metadata.taskType === 'INSPECTION',
  );

  expect(inspection?.steps).toHaveLength(0);
});

test('a short pending task started now is EXECUTED within twenty seconds', () => {
  const { clock, engine } = morning();
  const quick = withState(engine.currentTasks(), 'PENDING').filter(
    (task) => task.steps.length <= 8,
  );
  expect(quick.length).toBeGreaterThanOrEqual(2);

  for (const task of quick) engine.start(task.id);
  clock.advance(20_000);
  engine.currentTasks();

  expect(quick.map((task) => task.state)).toEqual(quick.map(() => 'EXECUTED'));
});

test('tasks of earlier days are archived, one of them cancelled', () => {
  const archived = morning().engine.archivedTasks();

  expect(archived.length).toBeGreaterThanOrEqual(8);
  expect(archived.some((task) => task.state === 'CANCELLED')).toBe(true);
  expect(
    archived.every((task) => (task.startedAt ?? START) < START - 6 * 3600_000),
  ).toBe(true);
});

test('the same seed gives the same morning, another seed another', () => {
  const ids = (seed: number) =>
    morning(seed)
      .engine.currentTasks()
      .map((task) => task.id);

  expect(ids(5)).toEqual(ids(5));
  expect(ids(5)).not.toEqual(ids(6));
});
