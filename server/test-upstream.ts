// Test support: XL Deploy as the proxy sees it. Requests pass through a
// recording front that counts them, can be slowed down, and adds what a
// real XL Deploy adds (a session cookie, a login challenge on 401), to the
// simulator behind it.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { closeServer, listen } from './listen.ts';
import { startXldBackend } from './test-xld-backend.ts';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface TestUpstream {
  /** The REST root, `http://127.0.0.1:<port>/deployit`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** A task waiting to be started. */
  readonly pendingTaskId: string;
  /** How long each request waits before it is answered. */
  delayMs: number;
  close(): Promise<void>;
}

/** A port nobody listens on: XL Deploy down. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await closeServer(server);
  return port;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function forward(
  backendPort: number,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const method = incoming.method ?? 'GET';
  const response = await fetch(
    `http://127.0.0.1:${backendPort}${incoming.url ?? '/'}`,
    {
      method,
      headers,
      body: method === 'GET' ? null : Buffer.concat(chunks),
    },
  );

  const replyHeaders: Record<string, string> = {
    'Set-Cookie': 'JSESSIONID=upstream-session; Path=/; HttpOnly',
  };
  const contentType = response.headers.get('content-type');
  if (contentType !== null) replyHeaders['Content-Type'] = contentType;
  if (response.status === 401) {
    replyHeaders['WWW-Authenticate'] = 'Basic realm="XL Deploy"';
  }
  outgoing.writeHead(response.status, replyHeaders);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export async function startTestUpstream(): Promise<TestUpstream> {
  const backend = await startXldBackend();
  const requests: RecordedRequest[] = [];
  const upstream = { delayMs: 0 };

  const front = createServer((incoming, outgoing) => {
    requests.push({
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
    });
    void sleep(upstream.delayMs)
      .then(() => forward(backend.port, incoming, outgoing))
      .catch(() => outgoing.destroy());
  });
  const port = await listen(front, 0, '127.0.0.1');

  return Object.assign(upstream, {
    url: `http://127.0.0.1:${port}/deployit`,
    requests,
    pendingTaskId: backend.pendingTaskId,
    async close() {
      await closeServer(front);
      await backend.close();
    },
  });
}
