// The actions a user may take on a task, and the states that allow them
// (REFERENCE §10.2). A refused action changes nothing and says why.
import { enqueue, requestAbort, requestStop } from './execution.ts';
import type { SimStep, SimTask, SimTaskState } from './model.ts';
import { deriveBlockStates, findStep } from './tree.ts';

export type ActionResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: 400 | 404;
      readonly message: string;
    };

const OK: ActionResult = { ok: true };

function refused(message: string): ActionResult {
  return { ok: false, status: 400, message };
}

function refuseState(task: SimTask, action: string): ActionResult {
  return refused(`Task ${task.id} is ${task.state}: cannot ${action} it`);
}

const HALTED: readonly SimTaskState[] = ['FAILED', 'STOPPED', 'ABORTED'];
const STARTABLE: readonly SimTaskState[] = ['PENDING', 'SCHEDULED', ...HALTED];
const CANCELLABLE = STARTABLE;
// steps may be skipped or unskipped only while nothing runs.
const SKIPPABLE_TASK: readonly SimTaskState[] = ['PENDING', ...HALTED];

export function startTask(task: SimTask, now: number): ActionResult {
  if (!STARTABLE.includes(task.state)) return refuseState(task, 'start');
  enqueue(task, now);
  return OK;
}

/** stop and abort outside their states answer success, change nothing. */
export function stopTask(task: SimTask, now: number): ActionResult {
  if (task.state === 'EXECUTING') requestStop(task, now);
  return OK;
}

export function abortTask(
  task: SimTask,
  now: number,
  abortMs: number,
): ActionResult {
  const abortable: readonly SimTaskState[] = [
    'EXECUTING',
    'FAILING',
    'STOPPING',
  ];
  if (abortable.includes(task.state)) requestAbort(task, now, abortMs);
  return OK;
}

/**
 * A task that never ran is forgotten by the caller; one that ran is
 * archived as CANCELLED; a SCHEDULED one that never ran stays readable.
 */
export function cancelTask(task: SimTask, now: number): ActionResult {
  if (!CANCELLABLE.includes(task.state)) return refuseState(task, 'cancel');
  task.state = 'CANCELLED';
  task.scheduledAt = undefined;
  if (task.hasRun) {
    task.completedAt = now;
    task.archivedAt = now;
  }
  return OK;
}

export function archiveTask(task: SimTask, now: number): ActionResult {
  if (task.state !== 'EXECUTED') return refuseState(task, 'archive');
  task.state = 'DONE';
  task.archivedAt = now;
  return OK;
}

/** any future instant; a past one is refused. */
export function scheduleTask(
  task: SimTask,
  now: number,
  time: number,
): ActionResult {
  if (!STARTABLE.includes(task.state)) return refuseState(task, 'schedule');
  if (!(time > now)) {
    return refused(`Cannot schedule task ${task.id} in the past`);
  }
  task.state = 'SCHEDULED';
  task.scheduledAt = time;
  task.queuedAt = undefined;
  task.pickupAt = undefined;
  return OK;
}

type StepRef = string | number;

function resolveSteps(
  task: SimTask,
  refs: readonly StepRef[],
): SimStep[] | ActionResult {
  const steps: SimStep[] = [];
  for (const ref of refs) {
    const step =
      typeof ref === 'number' ? task.steps[ref - 1] : findStep(task, ref);
    if (step === undefined) {
      return {
        ok: false,
        status: 404,
        message: `Step ${ref} not found in task ${task.id}`,
      };
    }
    steps.push(step);
  }
  return steps;
}

function changeSteps(
  task: SimTask,
  refs: readonly StepRef[],
  action: 'skip' | 'unskip',
): ActionResult {
  if (!SKIPPABLE_TASK.includes(task.state)) {
    return refuseState(task, `${action} steps of`);
  }
  const steps = resolveSteps(task, refs);
  if (!Array.isArray(steps)) return steps;

  const allowed = (step: SimStep) =>
    action === 'skip'
      ? step.skippable && ['PENDING', 'FAILED', 'PAUSED'].includes(step.state)
      : step.state === 'SKIP';
  const refusedStep = steps.find((step) => !allowed(step));
  if (refusedStep !== undefined) {
    const why =
      action === 'skip' && !refusedStep.skippable
        ? 'may never be skipped'
        : `is ${refusedStep.state}: cannot ${action} it`;
    return refused(`Step ${refusedStep.path} ${why}`);
  }

  for (const step of steps) step.state = action === 'skip' ? 'SKIP' : 'PENDING';
  deriveBlockStates(task);
  return OK;
}

/** Steps by v2 path (strings) or v1 position (numbers); all or none. */
export function skipSteps(task: SimTask, refs: readonly StepRef[]) {
  return changeSteps(task, refs, 'skip');
}

export function unskipSteps(task: SimTask, refs: readonly StepRef[]) {
  return changeSteps(task, refs, 'unskip');
}
