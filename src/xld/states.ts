// Task, block and step states and the questions views ask of them. Classes
// follow XL Deploy's state diagrams: active = the engine is working and the
// state changes by itself; passive = waiting for a person; final = no
// further change. A state the model does not know is none of the three.
import {
  BLOCK_EXECUTION_STATES,
  STEP_EXECUTION_STATES,
  TASK_EXECUTION_STATES,
  type BlockExecutionState,
  type StepExecutionState,
  type TaskExecutionState,
  type TaskState,
} from './types.ts';
import {
  ATTENTION_ORDER,
  BLOCK_CLASSES,
  STEP_CLASSES,
  TASK_CLASSES,
  type Classes,
} from './state-classes.ts';

const KNOWN_TASK_STATES: ReadonlySet<string> = new Set(TASK_EXECUTION_STATES);
const KNOWN_BLOCK_STATES: ReadonlySet<string> = new Set(BLOCK_EXECUTION_STATES);
const KNOWN_STEP_STATES: ReadonlySet<string> = new Set(STEP_EXECUTION_STATES);

/** The server's state text as a known state, or 'UNKNOWN'; never coerced. */
export function toTaskExecutionState(text: string): TaskExecutionState {
  return KNOWN_TASK_STATES.has(text) ? (text as TaskExecutionState) : 'UNKNOWN';
}

export function toBlockExecutionState(text: string): BlockExecutionState {
  return KNOWN_BLOCK_STATES.has(text)
    ? (text as BlockExecutionState)
    : 'UNKNOWN';
}

export function toStepExecutionState(text: string): StepExecutionState {
  return KNOWN_STEP_STATES.has(text) ? (text as StepExecutionState) : 'UNKNOWN';
}

function classOf<State extends string>(
  classes: Classes<State>,
  state: State,
): 'active' | 'passive' | 'final' | undefined {
  return state === 'UNKNOWN'
    ? undefined
    : classes[state as Exclude<State, 'UNKNOWN'>];
}

/** The engine works on the task; its state changes by itself. */
export function isActive(state: TaskExecutionState): boolean {
  return classOf(TASK_CLASSES, state) === 'active';
}

/** The task waits for a person (to start, restart, cancel or archive it). */
export function isPassive(state: TaskExecutionState): boolean {
  return classOf(TASK_CLASSES, state) === 'passive';
}

/** DONE or CANCELLED: the task will not change again. */
export function isFinal(state: TaskExecutionState): boolean {
  return classOf(TASK_CLASSES, state) === 'final';
}

export function isActiveBlock(state: BlockExecutionState): boolean {
  return classOf(BLOCK_CLASSES, state) === 'active';
}

export function isPassiveBlock(state: BlockExecutionState): boolean {
  return classOf(BLOCK_CLASSES, state) === 'passive';
}

export function isFinalBlock(state: BlockExecutionState): boolean {
  return classOf(BLOCK_CLASSES, state) === 'final';
}

export function isActiveStep(state: StepExecutionState): boolean {
  return classOf(STEP_CLASSES, state) === 'active';
}

export function isPassiveStep(state: StepExecutionState): boolean {
  return classOf(STEP_CLASSES, state) === 'passive';
}

export function isFinalStep(state: StepExecutionState): boolean {
  return classOf(STEP_CLASSES, state) === 'final';
}

/** A task in one of these states needs a person. */
const TASK_ATTENTION: ReadonlySet<TaskExecutionState> = new Set([
  'FAILING',
  'FAILED',
  'STOPPED',
  'ABORTED',
  'UNKNOWN',
]);

/**
 * A task someone should look at: it failed, stopped or was aborted, or it
 * is in a state the dashboard does not know (shown, never hidden).
 */
export function needsAttention(task: {
  readonly state: TaskExecutionState;
}): boolean {
  return TASK_ATTENTION.has(task.state);
}

const HALTED_BLOCK: ReadonlySet<BlockExecutionState> = new Set([
  'FAILING',
  'FAILED',
  'STOPPED',
  'ABORTING',
  'ABORTED',
  'UNKNOWN',
]);

export function blockNeedsAttention(state: BlockExecutionState): boolean {
  return HALTED_BLOCK.has(state);
}

/** A failed step, a reached pause step, or a state not known. */
export function stepNeedsAttention(state: StepExecutionState): boolean {
  return state === 'UNKNOWN' || state === 'FAILED' || state === 'PAUSED';
}

/** Passed, by running or by being skipped. */
export function isStepFinished(state: StepExecutionState): boolean {
  return state === 'DONE' || state === 'SKIPPED';
}

const STARTABLE: ReadonlySet<TaskExecutionState> = new Set([
  'PENDING',
  // Starting a scheduled task starts it now and drops the schedule.
  'SCHEDULED',
  'FAILED',
  'STOPPED',
  'ABORTED',
]);

/** XL Deploy accepts `start` in this state (REFERENCE §10.2). */
export function canStart(state: TaskExecutionState): boolean {
  return STARTABLE.has(state);
}

/** 0 for the most urgent state; lower ranks are shown first. */
export function attentionRank(state: TaskExecutionState): number {
  return ATTENTION_ORDER.indexOf(state);
}

interface Rankable {
  readonly id: string;
  readonly state: TaskExecutionState;
  readonly startDate: { readonly epochMs: number | undefined } | undefined;
}

/**
 * For `Array.prototype.sort`: most urgent first; among equals the most
 * recently started first, then by id, so that cards never swap places
 * between two polls that changed nothing.
 */
export function compareByAttention(a: Rankable, b: Rankable): number {
  const byRank = attentionRank(a.state) - attentionRank(b.state);
  if (byRank !== 0) return byRank;
  const byStart = (b.startDate?.epochMs ?? 0) - (a.startDate?.epochMs ?? 0);
  if (byStart !== 0) return byStart;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface TaskProgress {
  /** Steps passed; a lower bound while steps run in parallel. */
  readonly done: number;
  /** 0 for a task without steps, such as an inspection task. */
  readonly total: number;
  /** The running, failed or paused step, 1-based; 0 when none. */
  readonly current: number;
  /** The current step failed (the task is FAILING, FAILED or ABORTED). */
  readonly failed: boolean;
}

const FAILED_TASK: ReadonlySet<TaskExecutionState> = new Set([
  'FAILING',
  'FAILED',
  'ABORTING',
  'ABORTED',
]);

/**
 * Progress from TaskService's counters, never more than is known:
 * `currentStep` is the running step, 1-based, `0` before the start, so the
 * steps before it are done; once EXECUTED (or archived) every step is and
 * `currentStep` equals `totalSteps`. With parallel blocks, `currentSteps`
 * lists every running step and the earliest one bounds what is done. A
 * counter past `totalSteps` is clamped to it.
 */
export function taskProgress(task: TaskState): TaskProgress {
  const total = task.totalSteps;
  if (task.state === 'EXECUTED' || task.state === 'DONE') {
    return { done: total, total, current: 0, failed: false };
  }
  const positions = [task.currentStep, ...task.currentSteps].filter(
    (position) => position > 0,
  );
  const current = Math.min(
    positions.length > 0 ? Math.min(...positions) : 0,
    total,
  );
  const running = !isFinal(task.state) && current > 0;
  return {
    done: Math.max(0, current - 1),
    total,
    current: running ? current : 0,
    failed: running && FAILED_TASK.has(task.state),
  };
}

export interface StepCounts {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

/** Counts of a step block's steps: passed (done or skipped), failed. */
export function countSteps(
  steps: readonly { readonly state: StepExecutionState }[],
): StepCounts {
  let done = 0;
  let failed = 0;
  for (const { state } of steps) {
    if (isStepFinished(state)) done++;
    else if (state === 'FAILED') failed++;
  }
  return { done, total: steps.length, failed };
}
