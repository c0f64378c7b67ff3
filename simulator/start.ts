// Starts the simulator on a port: a scenario in an engine on a real-time
// clock, served by the MSW handlers through a plain Node HTTP server.
import type { AddressInfo } from 'node:net';
import { createLogger } from '../src/log.ts';
import { createRealClock } from './clock.ts';
import type { Engine } from './engine.ts';
import { FaultSwitch, type Faults } from './faults.ts';
import { createHandlers } from './handlers.ts';
import { createSimulatorServer } from './node-server.ts';
import { createSimulation, DEFAULT_SEED } from './simulation.ts';
import { DEFAULT_USERS } from './users.ts';

const log = createLogger('simulator');

export interface SimulatorOptions {
  /** 0 picks a free port; 4516 is XL Deploy's. */
  readonly port?: number;
  readonly scenario?: string;
  readonly seed?: number;
  /** Time multiplier: 10 runs the scenario ten times as fast. */
  readonly speed?: number;
  readonly faults?: Faults;
  readonly maxActiveTasks?: number;
}

export interface RunningSimulator {
  readonly port: number;
  readonly engine: Engine;
  readonly faults: FaultSwitch;
  close(): Promise<void>;
}

export function startSimulator(
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const engine = createSimulation({
    clock: createRealClock(options.speed ?? 1),
    scenario: options.scenario,
    seed,
    maxActiveTasks: options.maxActiveTasks,
  });
  const faults = new FaultSwitch(options.faults, seed);
  const server = createSimulatorServer(
    createHandlers(engine, { users: DEFAULT_USERS, faults }),
  );

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4516, () => {
      const { port } = server.address() as AddressInfo;
      log.info(`XL Deploy simulator at http://localhost:${port}/deployit`);
      resolve({
        port,
        engine,
        faults,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}
