import { expect, test } from 'vitest';
import {
  ACTIVE_POLL_MS,
  IDLE_POLL_MS,
  MAX_BACKOFF_MS,
  nextPollDelay,
} from './polling.ts';

type State = Parameters<typeof nextPollDelay>[0]['state'];

function queryAt(state: Partial<State>) {
  const base = {
    status: 'success',
    dataUpdatedAt: 1_000,
    errorUpdatedAt: 0,
    errorUpdateCount: 0,
  };
  return { state: { ...base, ...state } as State };
}

test('polls fast while any task moves and slowly when all wait', () => {
  expect(nextPollDelay(queryAt({}), true)).toBe(ACTIVE_POLL_MS);
  expect(nextPollDelay(queryAt({}), false)).toBe(IDLE_POLL_MS);
});

test('backs off during an outage, growing with its length, up to a cap', () => {
  const lastSuccess = 100_000;
  const failing = queryAt({
    status: 'error',
    dataUpdatedAt: lastSuccess,
    errorUpdatedAt: lastSuccess + 1,
  });

  const early = nextPollDelay(failing, true, lastSuccess + 3_000);
  const later = nextPollDelay(failing, true, lastSuccess + 12_000);
  const long = nextPollDelay(failing, true, lastSuccess + 600_000);

  expect(early).toBe(ACTIVE_POLL_MS);
  expect(later).toBe(6_000);
  expect(long).toBe(MAX_BACKOFF_MS);
});

test('backs off by failure count when no poll ever succeeded', () => {
  const delays = [1, 2, 3, 10].map((count) =>
    nextPollDelay(
      queryAt({
        status: 'error',
        dataUpdatedAt: 0,
        errorUpdatedAt: 5,
        errorUpdateCount: count,
      }),
      false,
    ),
  );

  expect(delays).toEqual([ACTIVE_POLL_MS, 4_000, 8_000, MAX_BACKOFF_MS]);
});
