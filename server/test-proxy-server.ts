// Test support: the proxy mounted on a plain Node server, as the dashboard's
// servers mount it, and a client that records everything a browser could
// see of each answer.
import { createServer } from 'node:http';
import { setLogSink, type LogLevel } from '../src/log.ts';
import { readProxyConfig } from './config.ts';
import { closeServer, listen } from './listen.ts';
import { createProxy } from './proxy.ts';

export interface ProxyServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function startProxyServer(
  env: Readonly<Record<string, string>>,
): Promise<ProxyServer> {
  const proxy = createProxy(readProxyConfig(env));
  const server = createServer((request, response) => {
    if (proxy.handle(request, response)) return;
    response.writeHead(404);
    response.end();
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}

/** An answer as the browser receives it: status, every header, the body. */
export interface SeenAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export async function see(
  url: string,
  init: RequestInit = {},
): Promise<SeenAnswer> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: await response.text(),
  };
}

/** Captures the log lines written while it is installed. */
export function captureLog(): { lines: string[] } {
  const captured = { lines: [] as string[] };
  setLogSink((level: LogLevel, line: string) => {
    captured.lines.push(`${level} ${line}`);
  });
  return captured;
}
