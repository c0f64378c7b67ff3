// One HTTP exchange with XL Deploy (through the proxy): a deadline that
// covers the body too, the caller's abort, a size limit on what is read,
// and every failure turned into an XldRequestError.
import { XldRequestError } from './errors.ts';
import { describeStatus, readErrorText } from './http-status.ts';

export interface Exchange {
  readonly method: 'GET' | 'POST';
  /** Under `/deployit`, already encoded. */
  readonly endpoint: string;
  readonly accept: string;
  readonly signal?: AbortSignal | undefined;
}

export interface HttpSettings {
  readonly basePath: string;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly fetch: typeof fetch;
}

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/**
 * Sends the request and reads the whole 2xx body as text. Throws
 * XldRequestError for anything else, including a caller's abort.
 */
export async function exchange(
  settings: HttpSettings,
  request: Exchange,
): Promise<Answer> {
  const deadline = startDeadline(settings.timeoutMs, request.signal);
  try {
    // A request already aborted is not sent.
    deadline.signal.throwIfAborted();
    const response = await send(settings, request, deadline.signal);
    if (!response.ok) {
      const text = await readErrorText(response);
      throw describeStatus(response.status, request, text);
    }
    const body = await readBody(response, {
      maxBytes: settings.maxBodyBytes,
      request,
      signal: deadline.signal,
    });
    return {
      status: response.status,
      contentType: response.headers.get('Content-Type') ?? '',
      text: body,
    };
  } catch (error) {
    throw asRequestError(error, request, deadline);
  } finally {
    deadline.stop();
  }
}

interface Deadline {
  readonly signal: AbortSignal;
  readonly timedOut: () => boolean;
  readonly stop: () => void;
}

/** One signal that fires on the caller's abort or when time is up. */
function startDeadline(timeoutMs: number, caller?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => {
    controller.abort(caller?.reason);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  if (caller?.aborted === true) onAbort();
  caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    stop: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

async function send(
  settings: HttpSettings,
  request: Exchange,
  signal: AbortSignal,
): Promise<Response> {
  return settings.fetch(`${settings.basePath}${request.endpoint}`, {
    method: request.method,
    // Action endpoints take an empty body, sent as XML as XL Deploy's own
    // clients do (a string body would otherwise go as text/plain).
    headers:
      request.method === 'POST'
        ? { Accept: request.accept, 'Content-Type': 'application/xml' }
        : { Accept: request.accept },
    ...(request.method === 'POST' ? { body: '' } : {}),
    signal,
  });
}

interface BodyLimits {
  readonly maxBytes: number;
  readonly request: Exchange;
  readonly signal: AbortSignal;
}

async function readBody(
  response: Response,
  { maxBytes, request, signal }: BodyLimits,
): Promise<string> {
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > maxBytes) throw tooLarge(request, maxBytes);
  if (response.body === null) return '';

  const reader = response.body.getReader();
  try {
    return await readAll(reader, { maxBytes, request, signal });
  } finally {
    // Frees the connection when the read stopped early; a no-op otherwise.
    reader.cancel().catch(() => undefined);
  }
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  { maxBytes, request, signal }: BodyLimits,
): Promise<string> {
  const aborted = whenAborted(signal);
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    // Not every fetch ends a body stream on abort; the deadline must hold.
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) throw tooLarge(request, maxBytes);
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_resolve, reject) => {
    const fail = () => {
      reject(new Error('aborted'));
    };
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  // Handled by the race; this keeps a late abort from being reported as
  // unhandled once the body has been read.
  aborted.catch(() => undefined);
  return aborted;
}

function tooLarge(request: Exchange, maxBytes: number): XldRequestError {
  const megabytes = Math.round(maxBytes / 1024 / 1024);
  return new XldRequestError({
    kind: 'invalid-response',
    message:
      `XL Deploy's answer to ${request.endpoint} is too large: ` +
      `more than ${megabytes} MB.`,
    endpoint: request.endpoint,
    status: 200,
  });
}

function asRequestError(
  error: unknown,
  request: Exchange,
  deadline: Deadline,
): XldRequestError {
  if (error instanceof XldRequestError) return error;
  const { endpoint } = request;
  if (deadline.timedOut()) {
    return new XldRequestError({
      kind: 'timeout',
      message: 'XL Deploy did not answer in time.',
      endpoint,
      cause: error,
    });
  }
  if (request.signal?.aborted === true) {
    return new XldRequestError({
      kind: 'aborted',
      message: 'The request was cancelled.',
      endpoint,
      cause: error,
    });
  }
  return new XldRequestError({
    kind: 'unreachable',
    message:
      'The dashboard server cannot be reached: the network failed or the ' +
      'server is down.',
    endpoint,
    cause: error,
  });
}
