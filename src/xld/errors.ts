// The two ways a talk with XL Deploy goes wrong: the answer could not be read
// (XldResponseError), or the request did not get a usable answer at all
// (XldRequestError). Messages are written for a person reading a wall
// screen, not for a developer reading a stack trace.

/** A response body that is not a valid XL Deploy answer. */
export class XldResponseError extends Error {
  override readonly name = 'XldResponseError';
}

export const XLD_REQUEST_ERROR_KINDS = [
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'server',
  'unreachable',
  'timeout',
  'invalid-response',
  'aborted',
] as const;

export type XldRequestErrorKind = (typeof XLD_REQUEST_ERROR_KINDS)[number];

export interface XldRequestErrorDetails {
  readonly kind: XldRequestErrorKind;
  readonly message: string;
  /** The HTTP status, when the server or the proxy answered. */
  readonly status?: number | undefined;
  /** The path asked for, under `/deployit`. */
  readonly endpoint: string;
  /** The server's own words (trimmed, shortened), for 'server' errors. */
  readonly serverText?: string | undefined;
  readonly cause?: unknown;
}

/** A request that got no usable answer; `kind` says why. */
export class XldRequestError extends Error {
  override readonly name = 'XldRequestError';
  readonly kind: XldRequestErrorKind;
  readonly status: number | undefined;
  readonly endpoint: string;
  readonly serverText: string | undefined;

  constructor(details: XldRequestErrorDetails) {
    super(details.message, { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status;
    this.endpoint = details.endpoint;
    this.serverText = details.serverText;
  }
}

export function isXldRequestError(error: unknown): error is XldRequestError {
  return error instanceof XldRequestError;
}

/**
 * One sentence for a person, whatever was thrown: views show this rather
 * than `String(error)`, which may be empty or a stack trace.
 */
export function describeError(error: unknown): string {
  if (error instanceof XldRequestError || error instanceof XldResponseError) {
    return error.message;
  }
  if (error instanceof Error && error.message !== '') {
    return `Something went wrong: ${error.message}`;
  }
  return 'Something went wrong, and no reason was given.';
}
