import { expect, test } from 'vitest';
import { createManualClock } from '../clock.ts';
import { holdsExecutor } from '../model.ts';
import { createSimulation } from '../simulation.ts';

const START = Date.UTC(2026, 11, 3, 8, 30);
const MINUTE = 60_000;

test('new tasks arrive over time', () => {
  const clock = createManualClock(START);
  const engine = createSimulation({ clock: clock.now, seed: 3 });
  const before = new Set(engine.currentTasks().map((task) => task.id));

  clock.advance(15 * MINUTE);
  const arrived = engine.currentTasks().filter((task) => !before.has(task.id));

  expect(arrived.length).toBeGreaterThan(0);
  expect(arrived.every((task) => task.createdAt > START)).toBe(true);
});

test('left alone for two days, the wall stays alive and bounded', () => {
  const clock = createManualClock(START);
  const engine = createSimulation({ clock: clock.now, seed: 3 });
  let active = 0;
  let largest = 0;

  for (let minute = 0; minute < 2 * 24 * 60; minute += 1) {
    clock.advance(MINUTE);
    const current = engine.currentTasks();
    largest = Math.max(largest, current.length);
    if (minute >= 47 * 60 && current.some(holdsExecutor)) active += 1;
  }

  expect(largest).toBeLessThanOrEqual(25);
  expect(active).toBeGreaterThan(10);
  expect(engine.archivedTasks().length).toBeLessThan(3 * 24 * 60);
});
