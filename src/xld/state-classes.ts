// How XL Deploy classes its states, as data: active = the engine works and
// the state changes by itself; passive = waiting for a person; final = no
// further change (REFERENCE §9). states.ts asks questions of these tables.
import type {
  BlockExecutionState,
  StepExecutionState,
  TaskExecutionState,
} from './types.ts';

export type Classes<State extends string> = Readonly<
  Record<Exclude<State, 'UNKNOWN'>, 'active' | 'passive' | 'final'>
>;

/** REFERENCE §9.1. */
export const TASK_CLASSES: Classes<TaskExecutionState> = {
  REGISTERED: 'active',
  PENDING: 'passive',
  SCHEDULED: 'active',
  QUEUED: 'active',
  EXECUTING: 'active',
  EXECUTED: 'passive',
  FAILING: 'active',
  FAILED: 'passive',
  STOPPING: 'active',
  STOPPED: 'passive',
  ABORTING: 'active',
  ABORTED: 'passive',
  DONE: 'final',
  CANCELLED: 'final',
};

/** Not documented; they follow the task states of the same names. */
export const BLOCK_CLASSES: Classes<BlockExecutionState> = {
  PENDING: 'passive',
  EXECUTING: 'active',
  STOPPED: 'passive',
  FAILING: 'active',
  FAILED: 'passive',
  ABORTING: 'active',
  ABORTED: 'passive',
  DONE: 'final',
};

/** REFERENCE §9.3. SKIP is active: the engine will pass it by itself. */
export const STEP_CLASSES: Classes<StepExecutionState> = {
  PENDING: 'passive',
  QUEUED: 'active',
  EXECUTING: 'active',
  DONE: 'final',
  FAILED: 'passive',
  PAUSED: 'passive',
  SKIP: 'active',
  SKIPPED: 'final',
};

/**
 * Cards, most urgent first: halted tasks, then a state not known, then
 * those that move, then those that wait, then the finished ones.
 */
export const ATTENTION_ORDER: readonly TaskExecutionState[] = [
  'FAILED',
  'FAILING',
  'STOPPED',
  'ABORTED',
  'ABORTING',
  'UNKNOWN',
  'STOPPING',
  'EXECUTING',
  'QUEUED',
  'SCHEDULED',
  'REGISTERED',
  'PENDING',
  'EXECUTED',
  'DONE',
  'CANCELLED',
];
