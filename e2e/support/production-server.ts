// The production end-to-end run's server, as `npm run build` and
// `npm run serve` make it, beside a simulator of its own:
//   1. starts the simulator with an account found nowhere else;
//   2. builds the app and the production server with Vite, into a folder
//      of their own, so that dist/ and dist-server/ are left as they are
//      (`npm test` type-checks before the end-to-end run, so the build skips
//      `tsc`);
//   3. runs `node dist-server/serve.js` on the production port, with
//      XLD_ALLOW_START unset, and stops the simulator when it ends.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createLogger } from '../../src/log.ts';
import type { Users } from '../../simulator/auth.ts';
import { createRealClock } from '../../simulator/clock.ts';
import { createHandlers } from '../../simulator/handlers.ts';
import { createSimulatorServer } from '../../simulator/node-server.ts';
import { createSimulation } from '../../simulator/simulation.ts';
import {
  PRODUCTION_PORT,
  PRODUCTION_SIMULATOR_PORT,
  PROXY_PASSWORD,
  PROXY_USERNAME,
} from './production-env.ts';

const log = createLogger('e2e-production');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_FOLDER = fileURLToPath(
  new URL('../../node_modules/.cache/e2e-production/', import.meta.url),
);

function startSimulator(): Promise<void> {
  const engine = createSimulation({ clock: createRealClock(1) });
  const users: Users = {
    [PROXY_USERNAME]: { password: PROXY_PASSWORD, role: 'admin' },
  };
  const server = createSimulatorServer(createHandlers(engine, { users }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PRODUCTION_SIMULATOR_PORT, resolve);
  });
}

async function buildApp(): Promise<void> {
  const common = { root: ROOT, logLevel: 'warn' as const };
  await build({
    ...common,
    build: { outDir: `${BUILD_FOLDER}dist`, emptyOutDir: true },
  });
  await build({
    ...common,
    build: {
      ssr: 'server/serve.ts',
      outDir: `${BUILD_FOLDER}dist-server`,
      emptyOutDir: true,
    },
  });
}

/** This environment without any dashboard setting, so none leaks in. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const dashboardSetting = (name: string) =>
    name.startsWith('XLD_') || name === 'FRAME_ANCESTORS' || name === 'HOST';
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !dashboardSetting(name)),
  );
}

function serve(): void {
  const child = spawn(
    process.execPath,
    [`${BUILD_FOLDER}dist-server/serve.js`],
    {
      stdio: 'inherit',
      env: {
        ...cleanEnvironment(),
        PORT: String(PRODUCTION_PORT),
        XLD_URL: `http://localhost:${PRODUCTION_SIMULATOR_PORT}/deployit`,
        XLD_USERNAME: PROXY_USERNAME,
        XLD_PASSWORD: PROXY_PASSWORD,
      },
    },
  );
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.once('exit', (code) => {
    process.exit(code ?? 1);
  });
}

try {
  await startSimulator();
  const started = Date.now();
  await buildApp();
  log.info(`built the app in ${Date.now() - started} ms`);
  serve();
} catch (error) {
  log.error(`cannot start the production server: ${String(error)}`);
  process.exit(1);
}
