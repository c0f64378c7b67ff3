// An engine loaded with a scenario: what the standalone server, the tests
// and the static demo all start from.
import type { Clock } from './clock.ts';
import { Engine } from './engine.ts';
import {
  DEFAULT_SCENARIO,
  findScenario,
  loadScenario,
} from './scenarios/registry.ts';

export interface SimulationOptions {
  readonly clock: Clock;
  readonly scenario?: string;
  readonly seed?: number;
  /** Overrides the scenario's `task.max-active-tasks`. */
  readonly maxActiveTasks?: number;
}

export const DEFAULT_SEED = 20141008;

export function createSimulation(options: SimulationOptions): Engine {
  const name = options.scenario ?? DEFAULT_SCENARIO;
  const scenario = findScenario(name);
  const engine = new Engine({
    clock: options.clock,
    maxActiveTasks: options.maxActiveTasks ?? scenario.maxActiveTasks,
  });
  loadScenario(engine, name, options.seed ?? DEFAULT_SEED);
  return engine;
}
