// How a task runs: steps start and end in time, blocks run their children
// one after another or side by side, and the task's state follows from what
// is running (REFERENCE §9-§10, A-12, A-17, A-18).
import type { SimStep, SimStepBlock, SimTask } from './model.ts';
import {
  closeAbortedAttempt,
  closeFailedAttempt,
  closeSucceededAttempt,
  openAttempt,
} from './step-log.ts';
import { blockOfStep, deriveBlockStates, isBlockDone } from './tree.ts';
import type { SimBlock } from './model.ts';

/** A released pause step passes in this time. */
const PAUSE_STEP_MS = 100;

/** What one pass over the plan found. */
interface Pass {
  pauseReached: boolean;
}

function startStep(task: SimTask, step: SimStep, now: number): void {
  step.attempts += 1;
  openAttempt(step);
  step.state = 'EXECUTING';
  step.outcome = undefined;
  step.startedAt = now;
  step.completedAt = undefined;
  step.endsAt = now + (step.pause ? PAUSE_STEP_MS : step.durationMs);
  task.running.push(step);
}

/** Starts the next step of a block, passing DONE and SKIP steps. */
function fillStepBlock(
  task: SimTask,
  block: SimStepBlock,
  now: number,
  pass: Pass,
): void {
  for (;;) {
    const step = block.steps[block.cursor];
    if (step === undefined || step.state === 'EXECUTING') return;

    if (step.state === 'SKIP') step.state = 'SKIPPED';
    if (step.state === 'DONE' || step.state === 'SKIPPED') {
      block.cursor += 1;
      continue;
    }

    if (step.pause && step.state === 'PENDING') {
      step.state = 'PAUSED';
      step.outcome = 'paused';
      pass.pauseReached = true;
      return;
    }
    startStep(task, step, now);
    return;
  }
}

/** Starts whatever may run now: serial children in turn, parallel at once. */
function fill(task: SimTask, block: SimBlock, now: number, pass: Pass): void {
  if (block.kind === 'steps') {
    fillStepBlock(task, block, now, pass);
    return;
  }
  for (const child of block.blocks) {
    if (isBlockDone(child)) continue;
    fill(task, child, now, pass);
    if (!block.parallel && !isBlockDone(child)) return;
  }
}

/** Decides the task's state from what still runs. */
function settle(task: SimTask, now: number, pass: Pass): void {
  const running = task.running.length > 0;
  const halting = task.state === 'EXECUTING' && pass.pauseReached;

  if (running) {
    if (halting) task.state = 'STOPPING';
  } else if (isBlockDone(task.root) && task.state !== 'FAILING') {
    task.state = 'EXECUTED';
    task.completedAt = now;
  } else if (task.state === 'FAILING') {
    task.state = 'FAILED';
  } else if (task.state === 'EXECUTING' || task.state === 'STOPPING') {
    task.state = 'STOPPED';
  }
  deriveBlockStates(task);
}

/** QUEUED → EXECUTING: a worker took the task. */
export function beginExecution(task: SimTask, now: number): void {
  task.state = 'EXECUTING';
  task.startedAt ??= now;
  task.completedAt = undefined;
  task.queuedAt = undefined;
  task.pickupAt = undefined;
  task.hasRun = true;

  const pass = { pauseReached: false };
  fill(task, task.root, now, pass);
  settle(task, now, pass);
}

function completeStep(task: SimTask, step: SimStep, now: number): void {
  task.running = task.running.filter((other) => other !== step);
  step.endsAt = undefined;
  step.completedAt = now;
  const pass = { pauseReached: false };

  if (!step.pause && step.attempts <= step.failingAttempts) {
    step.state = 'FAILED';
    step.outcome = 'failed';
    step.failures += 1;
    task.failures += 1;
    closeFailedAttempt(step);
    if (task.state === 'EXECUTING' || task.state === 'STOPPING') {
      task.state = 'FAILING';
    }
  } else {
    step.state = 'DONE';
    closeSucceededAttempt(step);
    const block = blockOfStep(task, step);
    block.cursor += 1;
    // While failing, a branch that runs finishes its own step block; no
    // other block starts.
    if (task.state === 'EXECUTING') fill(task, task.root, now, pass);
    if (task.state === 'FAILING') fillStepBlock(task, block, now, pass);
  }
  settle(task, now, pass);
}

/** The time of the task's next change, Infinity when it waits for a user. */
export function nextEventTime(task: SimTask): number {
  switch (task.state) {
    case 'ABORTING':
      return task.abortEndsAt ?? Infinity;
    case 'SCHEDULED':
      return task.scheduledAt ?? Infinity;
    case 'QUEUED':
      return task.pickupAt ?? Infinity;
    case 'EXECUTING':
    case 'FAILING':
    case 'STOPPING':
      return Math.min(...task.running.map((step) => step.endsAt ?? Infinity));
    default:
      return Infinity;
  }
}

/** Runs the task's next change, due at `now`; QUEUED is the engine's. */
export function runTaskEvent(task: SimTask, now: number): void {
  if (task.state === 'ABORTING') {
    task.state = 'ABORTED';
    task.abortEndsAt = undefined;
    deriveBlockStates(task);
    return;
  }
  if (task.state === 'SCHEDULED') {
    enqueue(task, now);
    return;
  }
  const step = task.running.find((each) => each.endsAt === now);
  if (step !== undefined) completeStep(task, step, now);
}

export function enqueue(task: SimTask, now: number): void {
  task.state = 'QUEUED';
  task.scheduledAt = undefined;
  task.queuedAt = now;
  task.pickupAt = now + task.pickupDelayMs;
}

/** EXECUTING → STOPPING: the running steps finish, nothing new starts. */
export function requestStop(task: SimTask, now: number): void {
  task.state = 'STOPPING';
  settle(task, now, { pauseReached: false });
}

/** Interrupts the running steps: they fail, the task is ABORTING a moment. */
export function requestAbort(
  task: SimTask,
  now: number,
  abortMs: number,
): void {
  for (const step of task.running) {
    closeAbortedAttempt(step, now);
    step.state = 'FAILED';
    step.outcome = 'aborted';
    step.failures += 1;
    task.failures += 1;
    step.endsAt = undefined;
    step.completedAt = now;
  }
  task.running = [];
  task.state = 'ABORTING';
  task.abortEndsAt = now + abortMs;
  deriveBlockStates(task);
}
