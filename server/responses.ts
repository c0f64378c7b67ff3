// How the proxy writes its own answers: plain text or JSON, never cached by
// the browser, never sniffed into another type.
import type { ServerResponse } from 'node:http';
import type { UpstreamAnswer } from './read-cache.ts';

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

function send(
  response: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: Buffer,
): void {
  // A screen that went away meanwhile needs no answer.
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...(contentType === undefined ? {} : { 'Content-Type': contentType }),
    'Content-Length': String(body.length),
  });
  response.end(body);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
): void {
  send(response, status, 'text/plain; charset=utf-8', Buffer.from(text));
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
): void {
  const body = Buffer.from(JSON.stringify(value));
  send(response, status, 'application/json; charset=utf-8', body);
}

/** XL Deploy's answer: its status, its content type and its body alone. */
export function sendAnswer(
  response: ServerResponse,
  answer: UpstreamAnswer,
): void {
  send(response, answer.status, answer.contentType, answer.body);
}
