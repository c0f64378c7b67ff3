// Serves MSW handlers from a plain Node HTTP server, so that the same
// handlers answer in tests, in the browser and on a real port. A network
// error (`HttpResponse.error()`) drops the connection without an answer; a
// body that fails half-way drops it after the part already sent.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { createLogger } from '../src/log.ts';

const log = createLogger('simulator');

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : null,
    duplex: 'half',
  } as RequestInit);
}

async function send(
  response: Response,
  outgoing: import('node:http').ServerResponse,
): Promise<void> {
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    return;
  }
  outgoing.writeHead(
    response.status,
    Object.fromEntries(response.headers.entries()),
  );
  if (response.body === null) {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (
      let chunk = await reader.read();
      !chunk.done;
      chunk = await reader.read()
    ) {
      // Wait until the chunk is on the wire, so a body that fails later
      // still delivers what came before (the reset fault).
      await new Promise<void>((sent) => {
        outgoing.write(chunk.value, () => {
          sent();
        });
      });
    }
    outgoing.end();
  } catch {
    outgoing.socket?.destroy();
  }
}

export function createSimulatorServer(
  handlers: readonly RequestHandler[],
): Server {
  return createServer((incoming, outgoing) => {
    const origin = `http://${incoming.headers.host ?? 'localhost'}`;
    void getResponse([...handlers], toRequest(incoming, origin)).then(
      async (response) => {
        if (response === undefined) {
          outgoing.writeHead(404, { 'Content-Type': 'text/plain' });
          outgoing.end('Not found');
          return;
        }
        await send(response, outgoing);
      },
      (error: unknown) => {
        // A handler that throws is a simulator bug: answer, never hang.
        log.error(
          `${incoming.method ?? ''} ${incoming.url ?? ''}: ${String(error)}`,
        );
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
        outgoing.end('The simulator failed to answer');
      },
    );
  });
}
