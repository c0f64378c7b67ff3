// Mounts the proxy on Vite's dev server (`npm start`), and starts the
// embedded simulator in-process when no XL Deploy server is configured.
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createLogger } from '../src/log.ts';
import { SIMULATOR_PORT, type ProxyConfig } from './config.ts';
import { createProxy } from './proxy.ts';

const log = createLogger('proxy');

async function startEmbeddedSimulator(
  httpServer: ViteDevServer['httpServer'],
): Promise<void> {
  const { startSimulator } = await import('../simulator/start.ts');
  const simulator = await startSimulator({ port: SIMULATOR_PORT });
  httpServer?.once('close', () => {
    void simulator.close();
  });
}

function describeTarget(config: ProxyConfig): string {
  const target = config.simulator
    ? `the embedded simulator at ${config.upstreamUrl}`
    : `XL Deploy at ${config.upstreamUrl}`;
  const actions = config.allowStart ? 'on' : 'off';
  return `/deployit → ${target}; starting tasks is ${actions}`;
}

async function mount(
  config: ProxyConfig,
  server: ViteDevServer | PreviewServer,
): Promise<void> {
  if (config.simulator) await startEmbeddedSimulator(server.httpServer);
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
    configureServer: (server) => mount(config, server),
    configurePreviewServer: (server) => mount(config, server),
  };
}
