// Requests to XL Deploy with the proxy's credentials and a time limit. Only
// the method, the path, `Accept` and the credentials go upstream: nothing the
// browser sent (its cookies, its own Authorization) is passed on, and only
// the status, the content type and the body come back.
import type { ProxyConfig } from './config.ts';
import type { UpstreamAnswer } from './read-cache.ts';

export type UpstreamFailureKind = 'unreachable' | 'timeout';

/** XL Deploy did not answer: the proxy answers 502 or 504 with `message`. */
export class UpstreamFailure extends Error {
  readonly kind: UpstreamFailureKind;

  constructor(kind: UpstreamFailureKind, message: string) {
    super(message);
    this.name = 'UpstreamFailure';
    this.kind = kind;
  }

  get status(): 502 | 504 {
    return this.kind === 'timeout' ? 504 : 502;
  }
}

export interface Upstream {
  /** `host:port` of XL Deploy, for messages. */
  readonly host: string;
  request(
    method: 'GET' | 'POST',
    pathAndQuery: string,
    accept: string,
  ): Promise<UpstreamAnswer>;
}

const SAFE_ACCEPT = /^[A-Za-z0-9/*+.,;= -]{1,200}$/;

/** The client's `Accept` when it is plain, else XL Deploy's own default. */
export function upstreamAccept(accept: string | undefined): string {
  return accept !== undefined && SAFE_ACCEPT.test(accept)
    ? accept
    : 'application/xml';
}

function basicAuthorization(config: ProxyConfig): string {
  const token = Buffer.from(`${config.username}:${config.password}`);
  return `Basic ${token.toString('base64')}`;
}

/**
 * XL Deploy's clients send actions as an empty XML body. Without an explicit
 * type, fetch would label the empty string `text/plain`, which a JAX-RS
 * resource may refuse with 415.
 */
function requestHeaders(
  method: 'GET' | 'POST',
  authorization: string,
  accept: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: authorization,
    Accept: accept,
  };
  if (method === 'POST') headers['Content-Type'] = 'application/xml';
  return headers;
}

function describeCause(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

export function createUpstream(
  config: ProxyConfig,
  fetchImpl: typeof fetch = fetch,
): Upstream {
  const root = config.upstreamUrl;
  const host = new URL(root).host;
  const authorization = basicAuthorization(config);
  const seconds = config.timeoutMs / 1000;

  async function request(
    method: 'GET' | 'POST',
    pathAndQuery: string,
    accept: string,
  ): Promise<UpstreamAnswer> {
    const signal = AbortSignal.timeout(config.timeoutMs);
    try {
      const response = await fetchImpl(`${root}${pathAndQuery}`, {
        method,
        headers: requestHeaders(method, authorization, accept),
        // Actions take an empty body.
        body: method === 'POST' ? '' : null,
        redirect: 'manual',
        signal,
      });
      const body = Buffer.from(await response.arrayBuffer());
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        body,
      };
    } catch (error) {
      if (signal.aborted) {
        throw new UpstreamFailure(
          'timeout',
          `XL Deploy at ${host} did not answer within ${seconds} s`,
        );
      }
      throw new UpstreamFailure(
        'unreachable',
        `XL Deploy at ${host} is unreachable: ${describeCause(error)}`,
      );
    }
  }

  return { host, request };
}
