// Test support: an engine on a manual clock, small plans, and tasks brought
// into any state through the engine's own actions.
import { createManualClock, type ManualClock } from './clock.ts';
import { Engine } from './engine.ts';
import type { SimTask, SimTaskState } from './model.ts';
import type { BlockSpec, StepSpec, TaskSpec } from './plan.ts';

export const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
export const STEP_MS = 1000;

export interface TestEngine {
  readonly engine: Engine;
  readonly clock: ManualClock;
  /** Moves time forward and lets the engine catch up. */
  readonly advance: (ms: number) => void;
}

export function createTestEngine(maxActiveTasks?: number): TestEngine {
  const clock = createManualClock(T0);
  const engine = new Engine({ clock: clock.now, maxActiveTasks, abortMs: 500 });
  return {
    engine,
    clock,
    advance: (ms) => {
      clock.advance(ms);
      engine.allTasks();
    },
  };
}

export function steps(count: number, prefix = 'Step'): StepSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    description: `${prefix} ${index + 1}`,
    durationMs: STEP_MS,
    output: [`${prefix} ${index + 1} line 1`, `${prefix} ${index + 1} line 2`],
  }));
}

let counter = 0;

/** A task with one phase holding `block`, and a repository-update phase. */
export function taskSpec(block: BlockSpec, extra: Partial<TaskSpec> = {}) {
  counter += 1;
  const spec: TaskSpec = {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    description: `Initial deployment of Environments/Dev/TEST/App${counter}`,
    metadata: { application: `App${counter}`, taskType: 'INITIAL' },
    phases: [
      { description: 'Deploy', block },
      {
        description: '',
        block: {
          description: 'Register changes',
          steps: [
            {
              description: 'Update the repository with your deployment.',
              durationMs: STEP_MS,
              skippable: false,
            },
          ],
        },
      },
    ],
    ...extra,
  };
  return spec;
}

/** Two servers side by side; the first fails its second step once. */
export function parallelSpec(failFirst = false): TaskSpec {
  const first = steps(2, 'A');
  const [a1, a2] = first;
  return taskSpec({
    description: 'Deploy on both servers',
    parallel: true,
    blocks: [
      {
        description: 'Deploy on server A',
        steps:
          a1 && a2 ? [a1, { ...a2, failingAttempts: failFirst ? 1 : 0 }] : [],
      },
      { description: 'Deploy on server B', steps: steps(4, 'B') },
    ],
  });
}

/** A serial task of three steps, the second failing once. */
export function failingSpec(): TaskSpec {
  const [s1, s2, s3] = steps(3);
  if (!s1 || !s2 || !s3) throw new Error('three steps');
  return taskSpec({
    description: 'Deploy on server',
    steps: [s1, { ...s2, failingAttempts: 1, failureOutput: ['Boom'] }, s3],
  });
}

/** Brings a new task into `state` with the engine's own actions. */
export function taskIn(test: TestEngine, state: SimTaskState): SimTask {
  const { engine, advance } = test;
  const spec = ['FAILING'].includes(state) ? parallelSpec(true) : failingSpec();
  const task = engine.addTask(
    state === 'QUEUED' ? { ...spec, pickupDelayMs: 60_000 } : spec,
  );
  const run = () => engine.start(task.id);

  switch (state) {
    case 'PENDING':
      break;
    case 'SCHEDULED':
      engine.schedule(task.id, engine.now() + 60_000);
      break;
    case 'QUEUED':
    case 'EXECUTING':
      run();
      break;
    case 'FAILING':
      run();
      advance(2 * STEP_MS);
      break;
    case 'FAILED':
      run();
      advance(2 * STEP_MS);
      break;
    case 'STOPPING':
    case 'STOPPED':
      run();
      engine.stop(task.id);
      if (state === 'STOPPED') advance(STEP_MS);
      break;
    case 'ABORTING':
    case 'ABORTED':
      run();
      engine.abort(task.id);
      if (state === 'ABORTED') advance(engine.abortMs);
      break;
    case 'EXECUTED':
    case 'DONE':
      engine.skip(task.id, [task.steps[1]?.path ?? '']);
      run();
      advance(3 * STEP_MS);
      if (state === 'DONE') engine.archive(task.id);
      break;
    case 'CANCELLED':
      run();
      advance(2 * STEP_MS);
      engine.cancel(task.id);
      break;
  }
  if (task.state !== state) {
    throw new Error(`Could not bring a task to ${state}: it is ${task.state}`);
  }
  return task;
}
