// Starts the simulator with its default scenario on a port.
import type { Server } from 'node:http';
import { createLogger } from '../src/log.ts';
import { Engine } from './engine.ts';
import { createHandlers } from './handlers.ts';
import { createSimulatorServer } from './node-server.ts';
import { loadMorningScenario } from './scenario.ts';

const log = createLogger('simulator');

export function startSimulator(port: number | string): Promise<Server> {
  const engine = new Engine(() => Date.now());
  loadMorningScenario(engine, Date.now());
  const server = createSimulatorServer(createHandlers(engine));
  return new Promise((resolve) => {
    server.listen(Number(port), () => {
      log.info(`XL Deploy simulator at http://localhost:${port}/deployit`);
      resolve(server);
    });
  });
}
