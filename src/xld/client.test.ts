// The client against a fake fetch: what it sends, and what each answer,
// failure or delay becomes.
import { expect, test } from 'vitest';
import { createXldClient } from './client.ts';
import { describeError, XldRequestError } from './errors.ts';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly accept: string | null;
  readonly body: unknown;
  readonly contentType: string | null;
}

function fakeServer(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      accept: new Headers(init?.headers).get('Accept'),
      body: init?.body,
      contentType: new Headers(init?.headers).get('Content-Type'),
    };
    calls.push(call);
    return answer(call);
  };
  return { calls, fetch };
}

function clientAnswering(
  answer: (call: Call) => Response | Promise<Response>,
  options: { timeoutMs?: number; maxBodyBytes?: number } = {},
) {
  const server = fakeServer(answer);
  const client = createXldClient({ fetch: server.fetch, ...options });
  return { client, calls: server.calls };
}

function xml(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/xml' },
  });
}

function text(body: string, status: number, type = 'text/plain'): Response {
  return new Response(body, { status, headers: { 'Content-Type': type } });
}

async function failure(promise: Promise<unknown>): Promise<XldRequestError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof XldRequestError)) {
    throw new Error(`expected an XldRequestError, got ${String(error)}`);
  }
  return error;
}

const TASK =
  '<task id="t-1" currentStep="1" totalSteps="2" failures="0" ' +
  'state="EXECUTING" state2="EXECUTING" owner="admin">' +
  '<description>Deploy</description></task>';

test('reads the current tasks as XML from the proxy path', async () => {
  const { client, calls } = clientAnswering(() => xml(`<list>${TASK}</list>`));

  const tasks = await client.currentTasks();

  expect(tasks.map((task) => task.id)).toEqual(['t-1']);
  expect(calls).toEqual([
    {
      url: '/deployit/task/current/all',
      method: 'GET',
      accept: 'application/xml',
      body: undefined,
      contentType: null,
    },
  ]);
});

test('encodes ids and paths as path segments under the base path', async () => {
  const server = fakeServer(() =>
    xml('<block id="0_1_1" state="DONE" current="2"/>'),
  );
  const client = createXldClient({
    basePath: 'http://xld:4516/deployit',
    fetch: server.fetch,
  });

  await client.blockSteps('a/b c', '0_1_1', {});

  expect(server.calls[0]?.url).toBe(
    'http://xld:4516/deployit/tasks/v2/a%2Fb%20c/block/0_1_1/step',
  );
});

test('asks each endpoint at its own path', async () => {
  const answers: Record<string, string> = {
    '/deployit/task/t-1': TASK,
    '/deployit/tasks/v2/t-1': '<task id="t-1" state="PENDING"/>',
    '/deployit/tasks/v2/t-1/step/0_1_1_1': '<step state="DONE" failures="0"/>',
    '/deployit/tasks/v2/query?begindate=2024-01-01&page=2&resultsPerPage=50':
      '<list/>',
  };
  const { client } = clientAnswering(({ url }) =>
    xml(answers[url] ?? '<missing/>'),
  );

  expect((await client.task('t-1')).currentStep).toBe(1);
  expect((await client.taskWithBlock('t-1')).state).toBe('PENDING');
  expect((await client.step('t-1', '0_1_1_1')).state).toBe('DONE');
  expect(
    await client.archivedTasks({
      begindate: '2024-01-01',
      page: 2,
      resultsPerPage: 50,
    }),
  ).toEqual([]);
});

test('starts a task with an empty POST and accepts 204', async () => {
  const { client, calls } = clientAnswering(
    () => new Response(null, { status: 204 }),
  );

  await expect(client.startTask('t-1')).resolves.toBeUndefined();

  expect(calls[0]).toMatchObject({
    url: '/deployit/task/t-1/start',
    method: 'POST',
    body: '',
  });
  expect(calls[0]?.contentType).toBe('application/xml');
});

test('reads a step log from JSON, or plain text as it is', async () => {
  const log = '  Executing command line : echo hello\nhello\n';
  const json = clientAnswering(() => Response.json({ log }));
  const plain = clientAnswering(() => text(log, 200));

  await expect(json.client.stepLog('t-1', '0_1_1_1')).resolves.toBe(log);
  await expect(plain.client.stepLog('t-1', '0_1_1_1')).resolves.toBe(log);
  expect(json.calls[0]?.accept).toContain('application/json');
  expect(json.calls[0]?.url).toBe('/deployit/tasks/v2/t-1/step-log/0_1_1_1');
});

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

function hangingFetch(call: { signal?: AbortSignal | null | undefined }) {
  return new Promise<Response>((_resolve, reject) => {
    call.signal?.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}

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
