import { afterEach, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { readProxyConfig } from './config.ts';
import { see } from './test-proxy-server.ts';
import { startTestUpstream, type TestUpstream } from './test-upstream.ts';
import { dashboardProxy } from './vite-plugin.ts';

let upstream: TestUpstream | undefined;
let vite: ViteDevServer | undefined;

afterEach(async () => {
  await vite?.close();
  await upstream?.close();
  vite = undefined;
  upstream = undefined;
});

test('the dev server answers /deployit through the proxy', async () => {
  upstream = await startTestUpstream();
  const config = readProxyConfig({
    XLD_URL: upstream.url,
    XLD_USERNAME: 'admin',
    XLD_PASSWORD: 'admin',
  });
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [dashboardProxy(config)],
    server: { port: 0, host: '127.0.0.1', ws: false },
  });
  await vite.listen();
  const origin = vite.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';

  const read = await see(`${origin}/deployit/task/current/all`);
  const refused = await see(`${origin}/deployit/repository/ci/Environments`);
  const settings = await see(`${origin}/api/settings`);

  expect(read.status).toBe(200);
  expect(read.body).toContain('<list>');
  expect(refused.status).toBe(403);
  expect(refused.body).not.toContain('<html');
  expect(JSON.parse(settings.body)).toEqual({ actions: { start: false } });
  expect(upstream.requests).toHaveLength(1);
});
