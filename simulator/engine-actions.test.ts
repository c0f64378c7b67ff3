import { describe, expect, test } from 'vitest';
import { TASK_STATES, type SimTaskState } from './model.ts';
import { createTestEngine, taskIn, type TestEngine } from './test-engine.ts';

type Action = 'start' | 'schedule' | 'stop' | 'abort' | 'cancel' | 'archive';

// REFERENCE §10.2: the states in which each action is allowed.
const ALLOWED: Record<Action, readonly SimTaskState[]> = {
  start: ['PENDING', 'SCHEDULED', 'FAILED', 'STOPPED', 'ABORTED'],
  schedule: ['PENDING', 'SCHEDULED', 'FAILED', 'STOPPED', 'ABORTED'],
  stop: ['EXECUTING'],
  abort: ['EXECUTING', 'FAILING', 'STOPPING'],
  cancel: ['PENDING', 'SCHEDULED', 'FAILED', 'STOPPED', 'ABORTED'],
  archive: ['EXECUTED'],
};

// What the task becomes right after an allowed action.
const AFTER: Record<Action, SimTaskState> = {
  start: 'EXECUTING',
  schedule: 'SCHEDULED',
  stop: 'STOPPING',
  abort: 'ABORTING',
  cancel: 'CANCELLED',
  archive: 'DONE',
};

// stop and abort outside their states succeed and change nothing.
const SILENT: readonly Action[] = ['stop', 'abort'];

function perform(action: Action, id: string, sim: TestEngine) {
  const { engine } = sim;
  if (action === 'schedule') return engine.schedule(id, engine.now() + 5000);
  return engine[action](id);
}

describe.each(Object.keys(ALLOWED) as Action[])('the %s action', (action) => {
  test.each(TASK_STATES)('on a %s task', (state) => {
    const sim = createTestEngine();
    const task = taskIn(sim, state);

    const result = perform(action, task.id, sim);

    if (ALLOWED[action].includes(state)) {
      expect(result).toEqual({ ok: true });
      const gone = action === 'cancel' && state === 'PENDING';
      if (gone) expect(sim.engine.task(task.id)).toBeUndefined();
      else expect(task.state).toBe(AFTER[action]);
    } else if (SILENT.includes(action)) {
      expect(result).toEqual({ ok: true });
      expect(task.state).toBe(state);
    } else {
      expect(result).toMatchObject({ ok: false, status: 400 });
      expect(task.state).toBe(state);
    }
  });
});

test('an action on an unknown task answers 404 naming the task', () => {
  const { engine } = createTestEngine();

  expect(engine.start('no-such-task')).toEqual({
    ok: false,
    status: 404,
    message: 'Task no-such-task not found',
  });
});
