// What an HTTP status from XL Deploy (or from the proxy in front of it)
// means to a person, as an XldRequestError.
import { XldRequestError, type XldRequestErrorKind } from './errors.ts';

/** The server's own words are shown at most this long. */
const MAX_SERVER_TEXT = 300;
/** An error page is read no further than this. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

interface StatusRequest {
  readonly method: 'GET' | 'POST';
  readonly endpoint: string;
}

interface Meaning {
  readonly kind: XldRequestErrorKind;
  readonly message: string;
}

function meaningOf(status: number, request: StatusRequest): Meaning {
  const isAction = request.method === 'POST';
  switch (status) {
    case 401:
      return {
        kind: 'unauthorized',
        message: 'XL Deploy rejected the credentials of the dashboard server.',
      };
    case 403:
      return {
        kind: 'forbidden',
        message: 'XL Deploy does not allow the dashboard to do this.',
      };
    case 404:
      return {
        kind: 'not-found',
        message:
          'XL Deploy does not know this task (or step): it may have been ' +
          'archived or cancelled.',
      };
    case 502:
      return {
        kind: 'unreachable',
        message: 'XL Deploy cannot be reached from the dashboard server.',
      };
    case 504:
      return {
        kind: 'timeout',
        message: 'XL Deploy did not answer the dashboard server in time.',
      };
  }
  // An illegal action answers 400; on a read, 400 is how XL Deploy
  // hides an internal error (`hide.internals`).
  if (isAction && (status === 400 || status === 409)) {
    return {
      kind: 'conflict',
      message:
        'XL Deploy refused the action: the task is not in a state that ' +
        'allows it (it may have changed meanwhile).',
    };
  }
  return { kind: 'server', message: serverMessage(status) };
}

function serverMessage(status: number): string {
  if (status === 402) return 'XL Deploy refused: its licence is not valid.';
  if (status === 503) {
    return 'XL Deploy is unavailable (maintenance mode, or starting up).';
  }
  return `XL Deploy reported an error (HTTP ${status}).`;
}

/** The typed error for a non-2xx answer, with the server's text if any. */
export function describeStatus(
  status: number,
  request: StatusRequest,
  serverText: string,
): XldRequestError {
  const { kind, message } = meaningOf(status, request);
  return new XldRequestError({
    kind,
    message: withServerText(kind, message, serverText),
    status,
    endpoint: request.endpoint,
    serverText: serverText === '' ? undefined : serverText,
  });
}

/**
 * The server's (or the proxy's) own words complete the message: the reason
 * of a refusal, the host that cannot be reached, the internal error.
 */
function withServerText(
  kind: XldRequestErrorKind,
  message: string,
  serverText: string,
): string {
  // The proxy words a rejected credential itself; the status says it all.
  if (serverText === '' || kind === 'unauthorized') return message;
  return kind === 'server'
    ? `${message} It said: ${serverText}`
    : `${message} Details: ${serverText}`;
}

/**
 * The start of an error body as one readable line: an HTML page (from a
 * corporate proxy, say) gives its title or its text without tags.
 */
export async function readErrorText(response: Response): Promise<string> {
  let raw: string;
  try {
    raw = await readStart(response, MAX_ERROR_BODY_BYTES);
  } catch {
    // The status alone still says what happened.
    return '';
  }
  return summarizeErrorText(raw);
}

export function summarizeErrorText(raw: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw)?.[1];
  const looksLikeHtml = /<(html|body|head|!doctype)\b/i.test(raw);
  const text = title ?? (looksLikeHtml ? raw.replace(/<[^>]*>/g, ' ') : raw);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_SERVER_TEXT
    ? `${oneLine.slice(0, MAX_SERVER_TEXT - 1)}…`
    : oneLine;
}

async function readStart(response: Response, maxBytes: number) {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  while (bytes < maxBytes) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}
