import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  captureLog,
  see,
  startProxyServer,
  type ProxyServer,
  type SeenAnswer,
} from './test-proxy-server.ts';
import {
  startTestUpstream,
  unusedPort,
  type TestUpstream,
} from './test-upstream.ts';

// A password that must never show anywhere a browser or a log can see.
const PASSWORD = 'canary-Pa55word';
const SECRETS = [
  PASSWORD,
  btoa(`admin:${PASSWORD}`),
  btoa('admin:admin'),
  'Basic ',
];

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

async function startProxy(env: Record<string, string>) {
  proxy = await startProxyServer({
    XLD_USERNAME: 'admin',
    XLD_PASSWORD: 'admin',
    ...env,
  });
  return proxy.origin;
}

function expectNoSecrets(seen: SeenAnswer | string): void {
  const text = JSON.stringify(seen);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('when XL Deploy is down', () => {
  test('screens get 502 saying so, and the log says what to do', async () => {
    const log = captureLog();
    const port = await unusedPort();
    const origin = await startProxy({
      XLD_URL: `http://127.0.0.1:${port}/deployit`,
    });

    const answer = await see(`${origin}/deployit/task/current/all`);

    expect(answer.status).toBe(502);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toMatch(
      new RegExp(`^XL Deploy at 127.0.0.1:${port} is unreachable: .+`),
    );
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warn \[proxy\] GET \/task\/current\/all → 502: .*XLD_URL/,
      ),
    ]);
  });

  test('the health check answers 503 with the reason', async () => {
    captureLog();
    const port = await unusedPort();
    const origin = await startProxy({
      XLD_URL: `http://127.0.0.1:${port}/deployit`,
    });

    const health = await see(`${origin}/healthz`);

    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('is unreachable') as string,
      upstream: `127.0.0.1:${port}`,
      simulator: false,
    });
  });
});

describe('when XL Deploy is slow', () => {
  test('screens get 504 after the timeout, not kept after', async () => {
    const log = captureLog();
    upstream.delayMs = 1_000;
    const origin = await startProxy({
      XLD_URL: upstream.url,
      XLD_TIMEOUT_MS: '200',
    });

    const slow = await see(`${origin}/deployit/task/current/all`);
    upstream.delayMs = 0;
    const recovered = await see(`${origin}/deployit/task/current/all`);

    expect(slow.status).toBe(504);
    expect(slow.body).toBe(
      `XL Deploy at ${new URL(upstream.url).host} did not answer within 0.2 s`,
    );
    expect(recovered.status).toBe(200);
    expect(log.lines).toEqual([
      expect.stringContaining('GET /task/current/all → 504'),
    ]);
  });
  test('fifty waiting screens share one failure and log line', async () => {
    const log = captureLog();
    upstream.delayMs = 500;
    const origin = await startProxy({
      XLD_URL: upstream.url,
      XLD_TIMEOUT_MS: '300',
    });

    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        see(`${origin}/deployit/task/current/all`),
      ),
    );

    expect(answers.map((answer) => answer.status)).toEqual(
      Array.from({ length: 50 }, () => 504),
    );
    expect(upstream.requests).toHaveLength(1);
    expect(log.lines).toHaveLength(1);
  });
});

describe('credentials', () => {
  test('a rejected password gives 401 and no login prompt', async () => {
    const log = captureLog();
    const origin = await startProxy({
      XLD_URL: upstream.url,
      XLD_PASSWORD: PASSWORD,
    });

    const answer = await see(`${origin}/deployit/task/current/all`);

    expect(answer.status).toBe(401);
    expect(answer.body).toContain('rejected the credentials');
    expect(answer.headers['www-authenticate']).toBeUndefined();
    expect(log.lines).toEqual([
      expect.stringContaining('GET /task/current/all → 401'),
    ]);
  });

  test('never reach a browser or a log line, whatever happens', async () => {
    const log = captureLog();
    const origin = await startProxy({
      XLD_URL: upstream.url,
      XLD_PASSWORD: PASSWORD,
      XLD_ALLOW_START: 'true',
    });
    const down = await startProxyServer({
      XLD_URL: `http://127.0.0.1:${await unusedPort()}/deployit`,
      XLD_USERNAME: 'admin',
      XLD_PASSWORD: PASSWORD,
    });

    const seen = await Promise.all([
      see(`${origin}/deployit/task/current/all`),
      see(`${origin}/deployit/tasks/v2/some-task/start`, { method: 'POST' }),
      see(`${origin}/deployit/repository/ci/x`),
      see(`${origin}/api/settings`),
      see(`${origin}/healthz`),
      see(`${down.origin}/deployit/task/current/all`),
      see(`${down.origin}/healthz`),
    ]);
    await down.close();

    for (const answer of seen) {
      expectNoSecrets(answer);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(answer.headers['www-authenticate']).toBeUndefined();
    }
    expect(log.lines.length).toBeGreaterThan(0);
    expectNoSecrets(log.lines.join('\n'));
  });
});

describe('the health check', () => {
  test('answers 200 when XL Deploy answers', async () => {
    const origin = await startProxy({ XLD_URL: upstream.url });

    const health = await see(`${origin}/healthz`);

    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({
      status: 'ok',
      upstream: new URL(upstream.url).host,
      simulator: false,
    });
  });

  test('answers HEAD for monitors, without a body', async () => {
    const origin = await startProxy({ XLD_URL: upstream.url });

    const health = await see(`${origin}/healthz`, { method: 'HEAD' });

    expect(health.status).toBe(200);
    expect(health.body).toBe('');
  });

  test('answers 503 when XL Deploy rejects the credentials', async () => {
    captureLog();
    const origin = await startProxy({
      XLD_URL: upstream.url,
      XLD_PASSWORD: PASSWORD,
    });

    const health = await see(`${origin}/healthz`);

    expect(health.status).toBe(503);
    expect(health.body).toContain('rejected the credentials');
  });
});
