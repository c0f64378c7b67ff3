import { expect, test } from 'vitest';
import {
  attentionRank,
  canStart,
  compareByAttention,
  countSteps,
  isActive,
  isActiveBlock,
  isActiveStep,
  isFinal,
  isFinalStep,
  isPassive,
  needsAttention,
  taskProgress,
  toBlockExecutionState,
  toStepExecutionState,
  toTaskExecutionState,
} from './states.ts';
import {
  TASK_EXECUTION_STATES,
  type TaskExecutionState,
  type TaskState,
} from './types.ts';

function task(overrides: Partial<TaskState>): TaskState {
  return {
    id: 'task-1',
    state: 'PENDING',
    stateText: 'PENDING',
    owner: 'admin',
    description: 'Initial deployment of TEST/PetPortal',
    failures: 0,
    startDate: undefined,
    completionDate: undefined,
    scheduledDate: undefined,
    metadata: {},
    currentStep: 0,
    totalSteps: 12,
    currentSteps: [],
    ...overrides,
  };
}

test('known state texts map to themselves, any other text to UNKNOWN', () => {
  expect(toTaskExecutionState('FAILING')).toBe('FAILING');
  expect(toTaskExecutionState('FORCE_CANCELLED')).toBe('UNKNOWN');
  expect(toTaskExecutionState('executing')).toBe('UNKNOWN');
  expect(toBlockExecutionState('QUEUED')).toBe('UNKNOWN');
  expect(toBlockExecutionState('ABORTING')).toBe('ABORTING');
  expect(toStepExecutionState('SKIP')).toBe('SKIP');
  expect(toStepExecutionState('CANCELLED')).toBe('UNKNOWN');
});

test('every known task state is exactly one of active, passive or final', () => {
  for (const state of TASK_EXECUTION_STATES) {
    const classes = [isActive(state), isPassive(state), isFinal(state)];
    expect(classes.filter(Boolean)).toHaveLength(1);
  }
});

test('an unknown state is neither active, passive nor final', () => {
  expect([
    isActive('UNKNOWN'),
    isPassive('UNKNOWN'),
    isFinal('UNKNOWN'),
  ]).toEqual([false, false, false]);
});

test('tasks classes follow the state diagram', () => {
  expect(isActive('SCHEDULED')).toBe(true);
  expect(isActive('STOPPING')).toBe(true);
  expect(isPassive('EXECUTED')).toBe(true);
  expect(isPassive('FAILED')).toBe(true);
  expect(isFinal('CANCELLED')).toBe(true);
  expect(isActiveBlock('FAILING')).toBe(true);
  expect(isActiveBlock('DONE')).toBe(false);
  expect(isActiveStep('SKIP')).toBe(true);
  expect(isFinalStep('SKIPPED')).toBe(true);
});

test('failed, stopped, aborted, failing and unknown tasks need attention', () => {
  const needing = TASK_EXECUTION_STATES.filter((state) =>
    needsAttention({ state }),
  );
  expect(needing).toEqual(['FAILING', 'FAILED', 'STOPPED', 'ABORTED']);
  expect(needsAttention({ state: 'UNKNOWN' })).toBe(true);
});

test('a task can be started when pending, scheduled or halted', () => {
  const startable = TASK_EXECUTION_STATES.filter(canStart);
  expect(startable).toEqual([
    'PENDING',
    'SCHEDULED',
    'FAILED',
    'STOPPED',
    'ABORTED',
  ]);
  expect(canStart('UNKNOWN')).toBe(false);
});

test('halted tasks come first on the wall, then moving, waiting, finished', () => {
  const states: TaskExecutionState[] = [
    'EXECUTED',
    'PENDING',
    'SCHEDULED',
    'QUEUED',
    'EXECUTING',
    'ABORTED',
    'STOPPED',
    'FAILED',
  ];
  const sorted = [...states].sort(
    (a, b) => attentionRank(a) - attentionRank(b),
  );
  expect(sorted).toEqual([
    'FAILED',
    'STOPPED',
    'ABORTED',
    'EXECUTING',
    'QUEUED',
    'SCHEDULED',
    'PENDING',
    'EXECUTED',
  ]);
  for (const state of [...TASK_EXECUTION_STATES, 'UNKNOWN' as const]) {
    expect(attentionRank(state)).toBeGreaterThanOrEqual(0);
  }
});

test('among equally urgent tasks the latest started comes first, then by id', () => {
  const older = task({
    id: 'b',
    state: 'EXECUTING',
    startDate: { text: '', epochMs: 1000 },
  });
  const newer = task({
    id: 'c',
    state: 'EXECUTING',
    startDate: { text: '', epochMs: 2000 },
  });
  const sameAsOlder = { ...older, id: 'a' };
  expect([older, newer, sameAsOlder].sort(compareByAttention)).toEqual([
    newer,
    sameAsOlder,
    older,
  ]);
});

test('a pending task has done nothing yet', () => {
  expect(taskProgress(task({ currentStep: 0, currentSteps: [0] }))).toEqual({
    done: 0,
    total: 12,
    current: 0,
    failed: false,
  });
});

test('an executing task has done the steps before the running one', () => {
  const progress = taskProgress(
    task({ state: 'EXECUTING', currentStep: 5, currentSteps: [5] }),
  );
  expect(progress).toEqual({ done: 4, total: 12, current: 5, failed: false });
});

test('an executed task has done all its steps', () => {
  const progress = taskProgress(
    task({ state: 'EXECUTED', currentStep: 12, currentSteps: [12] }),
  );
  expect(progress).toEqual({ done: 12, total: 12, current: 0, failed: false });
});

test('a failed task counts the failed step as not done', () => {
  const progress = taskProgress(
    task({ state: 'FAILED', currentStep: 3, failures: 1 }),
  );
  expect(progress).toEqual({ done: 2, total: 12, current: 3, failed: true });
});

test('a stopped task is not failed', () => {
  expect(taskProgress(task({ state: 'STOPPED', currentStep: 7 })).failed).toBe(
    false,
  );
});

test('parallel running steps count as done only before the earliest', () => {
  const progress = taskProgress(
    task({ state: 'EXECUTING', currentStep: 9, currentSteps: [4, 9] }),
  );
  expect(progress.done).toBe(3);
  expect(progress.current).toBe(4);
});

test('an inspection task has no steps to count', () => {
  const progress = taskProgress(
    task({ state: 'EXECUTING', totalSteps: 0, currentStep: 0 }),
  );
  expect(progress).toEqual({ done: 0, total: 0, current: 0, failed: false });
});

test('a current step past the total is clamped to the total', () => {
  const progress = taskProgress(
    task({ state: 'EXECUTING', currentStep: 40, totalSteps: 12 }),
  );
  expect(progress.done).toBe(11);
  expect(progress.current).toBe(12);
});

test('steps of a block are counted as passed, failed and in all', () => {
  const counts = countSteps([
    { state: 'DONE' },
    { state: 'SKIPPED' },
    { state: 'FAILED' },
    { state: 'EXECUTING' },
    { state: 'UNKNOWN' },
  ]);
  expect(counts).toEqual({ done: 2, total: 5, failed: 1 });
});
