// Time and chance for the engine: injected, so a test can step time exactly
// and a seed replays the same morning.

/** Milliseconds since the epoch, as the engine sees them. */
export type Clock = () => number;

export interface ManualClock {
  readonly now: Clock;
  advance(ms: number): void;
  set(epochMs: number): void;
}

/** A clock that moves only when told to. */
export function createManualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (epochMs) => {
      current = epochMs;
    },
  };
}

/**
 * Wall-clock time, running `speed` times as fast from the moment of
 * creation: at speed 10 a ten-second step takes one real second.
 */
export function createRealClock(speed = 1, origin = Date.now()): Clock {
  return () => origin + (Date.now() - origin) * speed;
}

/** Returns numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

// Mulberry32: small, fast and good enough for believable scenarios.
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

/** A lower-case version 4 UUID, as XL Deploy's task ids are. */
export function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () =>
    Math.floor(random() * 16).toString(16),
  );
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return [
    text.slice(0, 8),
    text.slice(8, 12),
    text.slice(12, 16),
    text.slice(16, 20),
    text.slice(20),
  ].join('-');
}
