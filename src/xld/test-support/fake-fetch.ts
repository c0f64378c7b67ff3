// A fake fetch for the client's tests: records what is sent, answers what
// the test says.
import { createXldClient } from '../client.ts';
import { XldRequestError } from '../errors.ts';

export interface Call {
  readonly url: string;
  readonly method: string;
  readonly accept: string | null;
  readonly body: unknown;
  readonly contentType: string | null;
}

export function fakeServer(
  answer: (call: Call) => Response | Promise<Response>,
) {
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

export function clientAnswering(
  answer: (call: Call) => Response | Promise<Response>,
  options: { timeoutMs?: number; maxBodyBytes?: number } = {},
) {
  const server = fakeServer(answer);
  const client = createXldClient({ fetch: server.fetch, ...options });
  return { client, calls: server.calls };
}

export function xml(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/xml' },
  });
}

export function text(
  body: string,
  status: number,
  type = 'text/plain',
): Response {
  return new Response(body, { status, headers: { 'Content-Type': type } });
}

export async function failure(
  promise: Promise<unknown>,
): Promise<XldRequestError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof XldRequestError)) {
    throw new Error(`expected an XldRequestError, got ${String(error)}`);
  }
  return error;
}

export const TASK =
  '<task id="t-1" currentStep="1" totalSteps="2" failures="0" ' +
  'state="EXECUTING" state2="EXECUTING" owner="admin">' +
  '<description>Deploy</description></task>';
/** A fetch that answers only by failing when aborted. */
export function hangingFetch(call: {
  signal?: AbortSignal | null | undefined;
}) {
  return new Promise<Response>((_resolve, reject) => {
    call.signal?.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}
