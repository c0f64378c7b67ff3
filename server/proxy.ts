// The proxy between the screens and XL Deploy, as a plain Node request
// handler: the Vite dev server and the production server both mount it.
// It holds the credentials, forwards only the allowed task endpoints,
// coalesces reads, and tells the app whether actions are on.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger } from '../src/log.ts';
import { routeDeployit } from './allowlist.ts';
import type { ProxyConfig } from './config.ts';
import { isSameOriginRequest } from './same-origin.ts';
import { ReadCache, type UpstreamAnswer } from './read-cache.ts';
import { sendAnswer, sendJson, sendText } from './responses.ts';
import {
  failureAnswer,
  logFailure,
  reviewAnswer,
  type RequestLabel,
} from './upstream-answers.ts';
import { createUpstream, UpstreamFailure, upstreamAccept } from './upstream.ts';

const log = createLogger('proxy');

/** The read `/healthz` asks for: the overview's own poll, so it is shared. */
const HEALTH_PATH = '/task/current/all';

export interface DashboardProxy {
  /** Answers the request when it is the proxy's; false lets others answer. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
  /** Whether XL Deploy answers a read, and if not, why. */
  checkHealth(): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export interface ProxyOptions {
  readonly fetch?: typeof fetch;
}

function pathOf(rawUrl: string): string {
  return rawUrl.split('?', 1)[0] ?? '';
}

export function createProxy(
  config: ProxyConfig,
  options: ProxyOptions = {},
): DashboardProxy {
  const upstream = createUpstream(config, options.fetch);
  const cache = new ReadCache(config.cacheTtlMs);

  /** One upstream request, reviewed and logged once, whoever waits for it. */
  async function ask(
    method: 'GET' | 'POST',
    path: string,
    accept: string,
  ): Promise<UpstreamAnswer> {
    const label: RequestLabel = { method, path, host: upstream.host };
    try {
      return reviewAnswer(label, await upstream.request(method, path, accept));
    } catch (error) {
      if (!(error instanceof UpstreamFailure)) throw error;
      logFailure(label, error);
      return failureAnswer(error);
    }
  }

  // TODO: failures are shared only while on their way, so during a long
  // outage each screen's poll reaches XL Deploy and logs a line; the
  // screens' backoff bounds it, a summary of repeated lines would quiet it.
  function read(path: string, accept: string): Promise<UpstreamAnswer> {
    return cache.read(`${path} ${accept}`, () => ask('GET', path, accept));
  }

  async function start(
    path: string,
    taskId: string,
    accept: string,
  ): Promise<UpstreamAnswer> {
    try {
      const answer = await ask('POST', path, accept);
      log.info(`POST ${path} → ${answer.status}`);
      return answer;
    } finally {
      // Whatever happened, the next read must show the task as it is now.
      cache.invalidate(
        (key) => key.includes(taskId) || key.includes('/current'),
      );
    }
  }

  async function answerDeployit(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    const route = routeDeployit(method, request.url ?? '', config.allowStart);
    const accept = upstreamAccept(request.headers.accept);

    if (route.kind === 'refused') {
      sendText(response, 403, route.reason);
    } else if (route.kind === 'read') {
      sendAnswer(response, await read(`${route.path}${route.query}`, accept));
    } else if (!isSameOriginRequest(request)) {
      sendText(
        response,
        403,
        "Tasks can be started only from the dashboard's own pages.",
      );
    } else {
      sendAnswer(response, await start(route.path, route.taskId, accept));
    }
  }

  async function checkHealth(): Promise<
    { ok: true } | { ok: false; reason: string }
  > {
    const answer = await read(HEALTH_PATH, 'application/xml');
    if (answer.status >= 200 && answer.status < 300) return { ok: true };
    const text = answer.body.toString('utf8').slice(0, 300);
    const isOurs = answer.contentType?.startsWith('text/plain') === true;
    return {
      ok: false,
      reason: isOurs
        ? text
        : `XL Deploy at ${upstream.host} answered ${answer.status}`,
    };
  }

  async function answerHealth(response: ServerResponse): Promise<void> {
    const health = await checkHealth();
    const about = { upstream: upstream.host, simulator: config.simulator };
    if (health.ok) sendJson(response, 200, { status: 'ok', ...about });
    else {
      sendJson(response, 503, {
        status: 'unavailable',
        reason: health.reason,
        ...about,
      });
    }
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const path = pathOf(request.url ?? '');
    const method = request.method ?? 'GET';
    const answer = chooseAnswer(path, method, request, response);
    if (answer === undefined) return false;

    // The proxy reads no request body; drain it so the connection is reused.
    request.resume();
    answer().catch((error: unknown) => {
      log.error(`${method} ${path} failed inside the proxy: ${String(error)}`);
      sendText(response, 500, 'The dashboard server failed; see its log.');
    });
    return true;
  }

  function chooseAnswer(
    path: string,
    method: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): (() => Promise<void>) | undefined {
    if (path === '/deployit' || path.startsWith('/deployit/')) {
      return () => answerDeployit(request, response);
    }
    if (path !== '/api/settings' && path !== '/healthz') return undefined;
    // Node leaves the body out of an answer to HEAD, which monitors use.
    if (method !== 'GET' && method !== 'HEAD') {
      return () => {
        sendText(response, 405, `${path} answers GET and HEAD only.`);
        return Promise.resolve();
      };
    }
    if (path === '/healthz') return () => answerHealth(response);
    return () => {
      sendJson(response, 200, { actions: { start: config.allowStart } });
      return Promise.resolve();
    };
  }

  return { handle, checkHealth };
}
