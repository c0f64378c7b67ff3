// Vite plugin: proxies /deployit to XL Deploy, adding the credentials on the
// server side, and starts the embedded simulator when no server is set.
import type { Plugin, ProxyOptions } from 'vite';
import type { ProxyConfig } from './config.ts';

function basicAuth(config: ProxyConfig): string {
  const token = Buffer.from(`${config.username}:${config.password}`);
  return `Basic ${token.toString('base64')}`;
}

export function deployitProxy(
  config: ProxyConfig,
): Record<string, ProxyOptions> {
  const upstream = new URL(config.upstreamUrl);
  return {
    '/deployit': {
      target: upstream.origin,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/deployit/, upstream.pathname),
      configure: (proxy) => {
        proxy.on('proxyReq', (request) => {
          request.removeHeader('cookie');
          request.setHeader('authorization', basicAuth(config));
        });
      },
    },
  };
}

export function embeddedSimulator(config: ProxyConfig): Plugin {
  return {
    name: 'xld-embedded-simulator',
    apply: 'serve',
    async configureServer() {
      if (!config.simulator) return;
      const { startSimulator } = await import('../simulator/start.ts');
      await startSimulator(new URL(config.upstreamUrl).port);
    },
  };
}
