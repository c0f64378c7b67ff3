// Fault injection: the ways a real XL Deploy server, or the network in front
// of it, lets a dashboard down. Switchable per test (FaultSwitch), from the
// command line (parseFaultArguments) and at run time (the control endpoint).
import { delay, HttpResponse } from 'msw';
import { createRandom, randomUuid, type Random } from './clock.ts';
import { textResponse } from './http-responses.ts';

export interface Faults {
  /** Milliseconds to wait before answering. */
  readonly latencyMs?: number;
  /** Answer this status (5xx) with XL Deploy's internal-error text. */
  readonly status?: number;
  /** Answer 401 whatever the credentials. */
  readonly unauthorized?: boolean;
  /** Cut the XML body in half. */
  readonly truncate?: boolean;
  /** Send XML that is not well-formed. */
  readonly malformed?: boolean;
  /** Send the head and part of the body, then drop the connection. */
  readonly reset?: boolean;
  /** Answer nothing: the connection fails as if no server listened. */
  readonly down?: boolean;
  /** Share of requests affected, 0 to 1; all when unset. */
  readonly rate?: number;
  /** Only requests whose path contains this text are affected. */
  readonly path?: string;
}

const BOOLEAN_KEYS = [
  'unauthorized',
  'truncate',
  'malformed',
  'reset',
  'down',
] as const;
const NUMBER_KEYS = ['latencyMs', 'status', 'rate'] as const;
const KNOWN_KEYS: readonly string[] = [...BOOLEAN_KEYS, ...NUMBER_KEYS, 'path'];

/** Checks a value from JSON or the command line; throws a clear error. */
export function validateFaults(value: unknown): Faults {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('Faults must be a JSON object');
  }
  const entries = Object.entries(value);
  for (const [key, item] of entries) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new Error(
        `Unknown fault "${key}"; known: ${KNOWN_KEYS.join(', ')}`,
      );
    }
    const expected =
      key === 'path'
        ? 'string'
        : (BOOLEAN_KEYS as readonly string[]).includes(key)
          ? 'boolean'
          : 'number';
    const badNumber =
      typeof item === 'number' && (!Number.isFinite(item) || item < 0);
    if (typeof item !== expected || badNumber) {
      const kind = expected === 'number' ? 'non-negative number' : expected;
      throw new Error(`Fault "${key}" must be a ${kind}`);
    }
  }
  const faults = value as Faults;
  if (
    faults.status !== undefined &&
    (faults.status < 400 || faults.status > 599)
  ) {
    throw new Error('Fault "status" must be an HTTP error status, 400-599');
  }
  if (faults.rate !== undefined && (faults.rate < 0 || faults.rate > 1)) {
    throw new Error('Fault "rate" must be between 0 and 1');
  }
  return faults;
}

/**
 * Command-line form: `latency=500`, `status=503`, `rate=0.2`, `path=/tasks`,
 * or a bare name for the switches (`truncate`, `down`, `unauthorized`, ...).
 */
export function parseFaultArguments(args: readonly string[]): Faults {
  const raw: Record<string, unknown> = {};
  for (const arg of args) {
    const [name = '', value] = arg.split('=', 2);
    const key = name === 'latency' ? 'latencyMs' : name;
    if (value === undefined) raw[key] = true;
    else if (key === 'path') raw[key] = value;
    else if (value === 'true' || value === 'false') raw[key] = value === 'true';
    else raw[key] = Number(value);
  }
  return validateFaults(raw);
}

/** The faults in force, changed by tests, the CLI or the control endpoint. */
export class FaultSwitch {
  private faults: Faults;
  private readonly random: Random;

  constructor(initial: Faults = {}, seed = 1) {
    this.faults = validateFaults(initial);
    this.random = createRandom(seed);
  }

  get(): Faults {
    return this.faults;
  }

  set(faults: Faults): void {
    this.faults = validateFaults(faults);
  }

  clear(): void {
    this.faults = {};
  }

  /** The faults that hit this request, or undefined for none. */
  draw(path: string): Faults | undefined {
    const faults = this.faults;
    if (Object.keys(faults).length === 0) return undefined;
    if (faults.path !== undefined && !path.includes(faults.path))
      return undefined;
    if (faults.rate !== undefined && this.random() >= faults.rate)
      return undefined;
    return faults;
  }

  /** REFERENCE §11: the text of an internal error with hide.internals. */
  internalErrorText(): string {
    return (
      'An internal error has occurred, please notify your system ' +
      `administrator with the following code: ${randomUuid(this.random)}`
    );
  }
}

/** Faults that answer before the request reaches the server. */
export async function faultBefore(
  faults: Faults,
  faultSwitch: FaultSwitch,
): Promise<Response | undefined> {
  if (faults.latencyMs !== undefined) await delay(faults.latencyMs);
  if (faults.down === true) return HttpResponse.error();
  if (faults.unauthorized === true) {
    return textResponse(
      401,
      'Authentication failed: bad or missing credentials',
    );
  }
  if (faults.status !== undefined) {
    return textResponse(faults.status, faultSwitch.internalErrorText());
  }
  return undefined;
}

function breakXml(xml: string): string {
  // A closing tag that matches nothing and a bare ampersand.
  return xml.replace(/<\/(\w+)>\s*$/, '</$1-broken> & more');
}

function cutBody(text: string): ReadableStream<Uint8Array> {
  const half = new TextEncoder().encode(text.slice(0, text.length / 2));
  let sent = false;
  // The error comes on the next read: an error at once would drop the half.
  return new ReadableStream({
    pull(controller) {
      if (sent) {
        controller.error(new Error('Connection reset by the simulator'));
        return;
      }
      sent = true;
      controller.enqueue(half);
    },
  });
}

/** Faults that spoil the server's answer on its way back. */
export async function faultAfter(
  faults: Faults,
  response: Response,
): Promise<Response> {
  const spoils =
    faults.truncate === true ||
    faults.malformed === true ||
    faults.reset === true;
  if (!spoils || response.body === null) return response;

  const text = await response.text();
  const init = { status: response.status, headers: response.headers };
  if (faults.reset === true) return new Response(cutBody(text), init);
  if (faults.truncate === true) {
    return new Response(text.slice(0, Math.floor(text.length / 2)), init);
  }
  return new Response(breakXml(text), init);
}
