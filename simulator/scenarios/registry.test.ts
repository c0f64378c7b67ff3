import { expect, test } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createSimulation } from '../simulation.ts';

const START = Date.UTC(2026, 11, 3, 8, 30);

function loaded(scenario: string) {
  const clock = createManualClock(START);
  return createSimulation({ clock: clock.now, scenario });
}

test('the empty scenario has no tasks at all', () => {
  const engine = loaded('empty');

  expect(engine.allTasks()).toEqual([]);
});

test('the two-hundred scenario has two hundred current tasks in many states', () => {
  const tasks = loaded('two-hundred').currentTasks();

  expect(tasks).toHaveLength(200);
  const states = new Set(tasks.map((task) => task.state));
  expect([...states]).toEqual(
    expect.arrayContaining([
      'PENDING',
      'SCHEDULED',
      'EXECUTING',
      'EXECUTED',
      'FAILED',
    ]),
  );
});

test('an unknown scenario is refused with the names of the known ones', () => {
  expect(() => loaded('evening')).toThrow(
    'Unknown scenario "evening"; known: morning, empty, two-hundred',
  );
});
