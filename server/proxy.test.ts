import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  see,
  startProxyServer,
  type ProxyServer,
} from './test-proxy-server.ts';
import { startTestUpstream, type TestUpstream } from './test-upstream.ts';

let upstream: TestUpstream;
let proxy: ProxyServer | undefined;

beforeEach(async () => {
  upstream = await startTestUpstream();
});

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await upstream.close();
});

async function startProxy(extra: Record<string, string> = {}) {
  proxy = await startProxyServer({
    XLD_URL: upstream.url,
    XLD_USERNAME: 'admin',
    XLD_PASSWORD: 'admin',
    ...extra,
  });
  return proxy.origin;
}

function upstreamRequests(method: string, url: string): number {
  return upstream.requests.filter(
    (request) => request.method === method && request.url === url,
  ).length;
}

function startPath(): string {
  return `/deployit/tasks/v2/${upstream.pendingTaskId}/start`;
}

describe('reads', () => {
  test('forwards an allowed read with the proxy credentials', async () => {
    const origin = await startProxy();

    const answer = await see(`${origin}/deployit/task/current/all`, {
      headers: { Accept: 'application/xml' },
    });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('application/xml');
    expect(answer.body).toContain(`id="${upstream.pendingTaskId}"`);
    expect(upstream.requests[0]?.headers.authorization).toBe(
      `Basic ${btoa('admin:admin')}`,
    );
  });

  test('refuses other paths without asking XL Deploy', async () => {
    const origin = await startProxy();

    const answer = await see(`${origin}/deployit/repository/ci/Environments`);

    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toContain('does not forward GET /deployit/repository');
    expect(upstream.requests).toEqual([]);
  });

  test('passes an unknown task on as XL Deploy answered it', async () => {
    const origin = await startProxy();

    const answer = await see(`${origin}/deployit/task/no-such-task`);

    expect(answer.status).toBe(404);
  });

  test("never passes on a client's own Authorization or Cookie", async () => {
    const origin = await startProxy();

    await see(`${origin}/deployit/task/current/all`, {
      headers: {
        Authorization: `Basic ${btoa('mallory:guess')}`,
        Cookie: 'JSESSIONID=stolen',
      },
    });

    const headers = upstream.requests[0]?.headers;
    expect(headers?.authorization).toBe(`Basic ${btoa('admin:admin')}`);
    expect(headers?.cookie).toBeUndefined();
  });

  test('fifty screens reading at once cause one upstream request', async () => {
    const origin = await startProxy();

    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        see(`${origin}/deployit/task/current/all`),
      ),
    );

    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(upstreamRequests('GET', '/deployit/task/current/all')).toBe(1);
  });

  test('serves polls from one request within the cache time', async () => {
    const origin = await startProxy({ XLD_CACHE_TTL_MS: '60000' });

    for (let poll = 0; poll < 5; poll++) {
      await see(`${origin}/deployit/task/current/all`);
    }

    expect(upstreamRequests('GET', '/deployit/task/current/all')).toBe(1);
  });
});

describe('actions', () => {
  test('are off in front of a real server unless switched on', async () => {
    const origin = await startProxy();

    const settings = await see(`${origin}/api/settings`);
    const start = await see(`${origin}${startPath()}`, { method: 'POST' });

    expect(JSON.parse(settings.body)).toEqual({ actions: { start: false } });
    expect(start.status).toBe(403);
    expect(start.body).toContain('XLD_ALLOW_START=true');
    expect(upstream.requests).toEqual([]);
  });

  test('start a task when switched on; next read is fresh', async () => {
    const origin = await startProxy({
      XLD_ALLOW_START: 'true',
      XLD_CACHE_TTL_MS: '60000',
    });
    const taskUrl = `${origin}/deployit/task/${upstream.pendingTaskId}`;
    await see(taskUrl);

    const settings = await see(`${origin}/api/settings`);
    const start = await see(`${origin}${startPath()}`, {
      method: 'POST',
      headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
    });
    await see(taskUrl);

    expect(JSON.parse(settings.body)).toEqual({ actions: { start: true } });
    expect(start.status).toBe(204);
    expect(upstreamRequests('POST', startPath())).toBe(1);
    expect(
      upstreamRequests('GET', `/deployit/task/${upstream.pendingTaskId}`),
    ).toBe(2);
  });

  test('send a start upstream as an empty XML body', async () => {
    const origin = await startProxy({ XLD_ALLOW_START: 'true' });

    await see(`${origin}${startPath()}`, {
      method: 'POST',
      headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
    });

    const sent = upstream.requests.find((request) => request.method === 'POST');
    expect(sent?.headers['content-type']).toBe('application/xml');
    expect(sent?.headers['content-length']).toBe('0');
  });

  test.each<Record<string, string>>([
    { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example.com' },
    { 'Sec-Fetch-Site': 'same-site' },
    { Origin: 'https://evil.example.com' },
  ])('refuse a start sent from another site: %o', async (headers) => {
    const origin = await startProxy({ XLD_ALLOW_START: 'true' });

    const start = await see(`${origin}${startPath()}`, {
      method: 'POST',
      headers,
    });

    expect(start.status).toBe(403);
    expect(upstream.requests).toEqual([]);
  });

  test('answer other methods on the settings with 405', async () => {
    const origin = await startProxy();

    const answer = await see(`${origin}/api/settings`, { method: 'POST' });

    expect(answer.status).toBe(405);
  });
});
