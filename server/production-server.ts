// The production server: the built app and the proxy on one port, without
// Vite, with security headers on every answer.
import { createServer, type Server } from 'node:http';
import type { ProxyConfig } from './config.ts';
import { createProxy } from './proxy.ts';
import { securityHeaders } from './security-headers.ts';
import { loadStaticFiles } from './static-files.ts';

export async function createProductionServer(
  config: ProxyConfig,
  appFolder: string,
): Promise<Server> {
  const proxy = createProxy(config);
  const files = await loadStaticFiles(appFolder);
  const headers = Object.entries(securityHeaders(config.frameAncestors));

  return createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    if (!proxy.handle(request, response)) files.answer(request, response);
  });
}
