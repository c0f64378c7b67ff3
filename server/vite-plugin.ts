// Mounts the proxy on Vite's dev server (`npm start`), and starts the
// embedded simulator in-process when no XL Deploy server is configured.
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createLogger } from '../src/log.ts';
import { SIMULATOR_PORT, type ProxyConfig } from './config.ts';
import { createProxy } from './proxy.ts';
import type { RunningSimulator } from '../simulator/start.ts';

const log = createLogger('proxy');

async function startSimulatorOnItsPort(): Promise<
  RunningSimulator | undefined
> {
  try {
    const { startSimulator } = await import('../simulator/start.ts');
    return await startSimulator({ port: SIMULATOR_PORT });
  } catch (error) {
    log.error(
      `The embedded simulator could not start on port ${SIMULATOR_PORT} ` +
        `(${String(error)}): stop what uses that port, or set XLD_URL.`,
    );
    return undefined;
  }
}

/**
 * Runs the simulator while the dev server listens. Starting it only once
 * the server listens lets Vite restart (after a change to its
 * configuration) without two simulators contending for one port: Vite
 * closes the old server, and with it the old simulator, before the new one
 * listens.
 */
function runEmbeddedSimulator(httpServer: ViteDevServer['httpServer']) {
  if (httpServer === null) {
    void startSimulatorOnItsPort();
    return;
  }
  let simulator: Promise<RunningSimulator | undefined> | undefined;
  httpServer.once('listening', () => {
    simulator = startSimulatorOnItsPort();
  });
  httpServer.once('close', () => {
    void simulator?.then((running) => running?.close());
  });
}

function describeTarget(config: ProxyConfig): string {
  const target = config.simulator
    ? `the embedded simulator at ${config.upstreamUrl}`
    : `XL Deploy at ${config.upstreamUrl}`;
  const actions = config.allowStart ? 'on' : 'off';
  return `/deployit → ${target}; starting tasks is ${actions}`;
}

function mount(
  config: ProxyConfig,
  server: ViteDevServer | PreviewServer,
): void {
  if (config.simulator) runEmbeddedSimulator(server.httpServer);
  const proxy = createProxy(config);
  const middleware: Connect.NextHandleFunction = (request, response, next) => {
    if (!proxy.handle(request, response)) next();
  };
  server.middlewares.use(middleware);
  log.info(describeTarget(config));
}

export function dashboardProxy(config: ProxyConfig): Plugin {
  return {
    name: 'xld-dashboard-proxy',
    // Added before Vite's own middlewares, so `/deployit` never reaches
    // its file serving or its fallback to index.html.
    configureServer(server) {
      mount(config, server);
    },
    configurePreviewServer(server) {
      mount(config, server);
    },
  };
}
