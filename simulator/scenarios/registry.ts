// The scenarios the simulator can start with, by name.
import { createRandom } from '../clock.ts';
import type { Engine } from '../engine.ts';
import { morning } from './morning.ts';
import type { Scenario } from './scenario.ts';
import { twoHundred } from './two-hundred.ts';

const empty: Scenario = {
  name: 'empty',
  summary: 'A server without tasks',
  load() {
    // Nothing: the dashboard's empty state.
  },
};

export const SCENARIOS: readonly Scenario[] = [morning, empty, twoHundred];

export const DEFAULT_SCENARIO = 'morning';

export function findScenario(name: string): Scenario {
  const scenario = SCENARIOS.find((each) => each.name === name);
  if (scenario === undefined) {
    const known = SCENARIOS.map((each) => each.name).join(', ');
    throw new Error(`Unknown scenario "${name}"; known: ${known}`);
  }
  return scenario;
}

/** Loads a scenario into an engine whose clock reads the start time. */
export function loadScenario(engine: Engine, name: string, seed: number): void {
  findScenario(name).load({
    engine,
    random: createRandom(seed),
    now: engine.now(),
  });
}
