// How often the dashboard asks XL Deploy again. The policy lives here so
// that every polled query follows the same rhythm.
import type { Query } from '@tanstack/react-query';

/** While anything moves: fast enough to watch a step finish. */
export const ACTIVE_POLL_MS = 2_000;
/** When everything waits for a person, a wall screen can relax. */
export const IDLE_POLL_MS = 10_000;
/** The longest pause between two attempts while the server fails. */
export const MAX_BACKOFF_MS = 15_000;

/**
 * The pause before the next poll. After a failure it grows with the time
 * since the last success (each pause half the outage so far), so a short
 * glitch is retried at once and a long outage is not hammered.
 */
export function nextPollDelay(
  query: Pick<Query, 'state'>,
  anythingActive: boolean,
  now: number = Date.now(),
): number {
  const { status, dataUpdatedAt, errorUpdatedAt, errorUpdateCount } =
    query.state;
  const failing = status === 'error' || errorUpdatedAt > dataUpdatedAt;
  if (!failing) return anythingActive ? ACTIVE_POLL_MS : IDLE_POLL_MS;

  const outageMs =
    dataUpdatedAt > 0
      ? now - dataUpdatedAt
      : ACTIVE_POLL_MS * 2 ** Math.min(errorUpdateCount, 4);
  return Math.min(Math.max(outageMs / 2, ACTIVE_POLL_MS), MAX_BACKOFF_MS);
}
