// The client against a fake fetch: what each failing status, delay, abort
// or unreadable answer becomes.
import { expect, test } from 'vitest';
import { createXldClient } from './client.ts';
import { describeError, XldRequestError } from './errors.ts';
import {
  clientAnswering,
  failure,
  hangingFetch,
  TASK,
  text,
  xml,
} from './test-support/fake-fetch.ts';

const STATUS_KINDS: readonly [number, string, XldRequestError['kind']][] = [
  ['GET', 401, 'unauthorized'],
  ['GET', 403, 'forbidden'],
  ['GET', 404, 'not-found'],
  ['POST', 400, 'conflict'],
  ['POST', 409, 'conflict'],
  ['GET', 400, 'server'],
  ['GET', 402, 'server'],
  ['GET', 500, 'server'],
  ['GET', 503, 'server'],
  ['GET', 502, 'unreachable'],
  ['GET', 504, 'timeout'],
].map(([method, status, kind]) => [
  status as number,
  method as string,
  kind as XldRequestError['kind'],
]);

test.each(STATUS_KINDS)(
  'status %i on a %s is a %s error',
  async (status, method, kind) => {
    const { client } = clientAnswering(() => text('Nope', status));

    const error = await failure(
      method === 'POST' ? client.startTask('t-1') : client.task('t-1'),
    );

    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.endpoint).toMatch(/^\/task\/t-1/);
    expect(error.message).not.toBe('');
  },
);

test('a server error carries the server own words, shortened', async () => {
  const words = 'An internal error has occurred, please notify your admin. ';
  const { client } = clientAnswering(() => text(words.repeat(20), 500));

  const error = await failure(client.task('t-1'));

  expect(error.message).toContain('An internal error has occurred');
  expect(error.serverText?.length).toBeLessThanOrEqual(300);
});

test('a refusal carries its reason, a rejected credential does not', async () => {
  const reason = 'Only user with task#view permission can access the task';
  const refused = clientAnswering(() => text(reason, 403));
  const rejected = clientAnswering(() => text('Unauthorized', 401));

  const forbidden = await failure(refused.client.task('t-1'));
  const unauthorized = await failure(rejected.client.task('t-1'));

  expect(forbidden.message).toBe(
    `XL Deploy does not allow the dashboard to do this. Details: ${reason}`,
  );
  expect(unauthorized.message).toBe(
    'XL Deploy rejected the credentials of the dashboard server.',
  );
  expect(unauthorized.serverText).toBe('Unauthorized');
});

test('an HTML error page from a proxy is shown by its title', async () => {
  const page =
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
    '<body><h1>Bad Gateway</h1><script>alert(1)</script></body></html>';
  const { client } = clientAnswering(() => text(page, 500, 'text/html'));

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('server');
  expect(error.serverText).toBe('502 Bad Gateway');
});

test('an HTML page answered with 200 is an invalid response', async () => {
  const { client } = clientAnswering(() =>
    text('<html><body>Please log in</body></html>', 200, 'text/html'),
  );

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('invalid-response');
  expect(error.message).toContain('got <html>');
});

test('a truncated body is an invalid response, not a shorter list', async () => {
  const { client } = clientAnswering(() =>
    xml(`<list>${TASK}${TASK.replace('t-1', 't-2').slice(0, 40)}`),
  );

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('invalid-response');
  expect(error.message).toContain('not XML');
});

test('a network failure means the dashboard server is unreachable', async () => {
  const { client } = clientAnswering(() => {
    throw new TypeError('Failed to fetch');
  });

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('unreachable');
  expect(error.status).toBeUndefined();
});

test('a request that takes too long times out', async () => {
  const client = createXldClient({
    timeoutMs: 20,
    fetch: (_input, init) => hangingFetch(init ?? {}),
  });

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('timeout');
});

test('a body that never ends times out too', async () => {
  const endless = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('<list>'));
    },
  });
  const { client } = clientAnswering(() => new Response(endless), {
    timeoutMs: 20,
  });

  const error = await failure(client.currentTasks());

  expect(error.kind).toBe('timeout');
});

test('the caller can abort a request', async () => {
  const client = createXldClient({
    fetch: (_input, init) => hangingFetch(init ?? {}),
  });
  const controller = new AbortController();

  const pending = failure(client.currentTasks({ signal: controller.signal }));
  controller.abort();
  const error = await pending;

  expect(error.kind).toBe('aborted');
});

test('a request aborted before it starts is never sent', async () => {
  const { client, calls } = clientAnswering(() => xml('<list/>'));

  const error = await failure(
    client.currentTasks({ signal: AbortSignal.abort() }),
  );

  expect(error.kind).toBe('aborted');
  expect(calls).toEqual([]);
});

test('a body over the limit is refused, declared or streamed', async () => {
  const big = `<list>${' '.repeat(2000)}</list>`;
  const declared = clientAnswering(() => xml(big), { maxBodyBytes: 1000 });
  const streamed = clientAnswering(
    () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(big));
            controller.close();
          },
        }),
      ),
    { maxBodyBytes: 1000 },
  );

  for (const { client } of [declared, streamed]) {
    const error = await failure(client.currentTasks());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('too large');
  }
});

test('a JSON answer without a log is an invalid response', async () => {
  const { client } = clientAnswering(() => Response.json({ status: 'DONE' }));

  const error = await failure(client.stepLog('t-1', '0_1_1_1'));

  expect(error.kind).toBe('invalid-response');
});

test('describeError gives one sentence for anything thrown', async () => {
  const { client } = clientAnswering(() => text('', 401));
  const error = await failure(client.currentTasks());

  expect(describeError(error)).toBe(
    'XL Deploy rejected the credentials of the dashboard server.',
  );
  expect(describeError(new Error('boom'))).toBe('Something went wrong: boom');
  expect(describeError('a string')).toBe(
    'Something went wrong, and no reason was given.',
  );
});
