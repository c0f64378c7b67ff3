import { afterEach, expect, test, vi } from 'vitest';
import { createRandom, createRealClock, randomUuid } from './clock.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

test('a real clock at speed 10 runs ten times as fast as the wall clock', () => {
  const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
  const clock = createRealClock(10);

  now.mockReturnValue(1_000_500);

  expect(clock()).toBe(1_005_000);
});

test('a seed replays the same numbers and task ids', () => {
  const ids = (seed: number) => {
    const random = createRandom(seed);
    return [randomUuid(random), randomUuid(random)];
  };

  expect(ids(42)).toEqual(ids(42));
  expect(ids(42)).not.toEqual(ids(43));
  expect(ids(42)[0]).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
});
