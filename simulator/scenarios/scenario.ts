// What a scenario is: a history of tasks replayed through the engine up to
// the moment the simulator starts, and what happens after.
import type { Random } from '../clock.ts';
import type { Engine } from '../engine.ts';

export interface ScenarioContext {
  readonly engine: Engine;
  readonly random: Random;
  /** The engine's time when the scenario loads. */
  readonly now: number;
}

export interface Scenario {
  readonly name: string;
  readonly summary: string;
  /** XL Deploy's `task.max-active-tasks` for this scenario. */
  readonly maxActiveTasks?: number;
  load(context: ScenarioContext): void;
}

export interface TimedAction {
  /** Milliseconds relative to the scenario's start (negative: the past). */
  readonly at: number;
  readonly act: () => void;
}

/** Runs actions at their times, in time order, through the engine's rules. */
export function replay(
  context: ScenarioContext,
  actions: readonly TimedAction[],
): void {
  const ordered = [...actions].sort((a, b) => a.at - b.at);
  for (const action of ordered) {
    context.engine.at(context.now + action.at, action.act);
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
