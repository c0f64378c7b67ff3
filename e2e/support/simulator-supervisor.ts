// Runs the simulator for end-to-end tests, in this process, and lets a test
// stop and start it again through a small control server, as when XL Deploy
// goes down and comes back:
//   POST /stop   closes the simulator's listener (connections are refused)
//   POST /start  starts it again on the same port
import { createServer, type IncomingMessage } from 'node:http';
import { createLogger } from '../../src/log.ts';
import {
  startSimulator,
  type RunningSimulator,
} from '../../simulator/start.ts';
import { CONTROL_PORT, SIMULATOR_PORT } from './ports.ts';

const log = createLogger('e2e-supervisor');

let running: RunningSimulator | undefined = await startSimulator({
  port: SIMULATOR_PORT,
});

async function stop(): Promise<void> {
  const current = running;
  running = undefined;
  await current?.close();
  log.info('simulator stopped');
}

async function start(): Promise<void> {
  running ??= await startSimulator({ port: SIMULATOR_PORT });
  log.info('simulator started');
}

async function handle(request: IncomingMessage): Promise<number> {
  if (request.method !== 'POST') return 405;
  if (request.url === '/stop') await stop();
  else if (request.url === '/start') await start();
  else return 404;
  return 204;
}

createServer((request, response) => {
  handle(request).then(
    (status) => {
      response.writeHead(status).end();
    },
    (error: unknown) => {
      log.error(`control request failed: ${String(error)}`);
      response.writeHead(500).end(String(error));
    },
  );
}).listen(CONTROL_PORT, () => {
  log.info(`simulator control at http://localhost:${CONTROL_PORT}`);
});
