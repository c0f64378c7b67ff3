// The proxy's configuration, read from the environment alone and checked at
// start-up: a wrong setting stops the server with a message that says what
// to change, instead of surfacing later as a puzzling screen.
import { readFrameAncestors } from './frame-ancestors.ts';
import { closestName } from './closest-name.ts';

export interface ProxyConfig {
  /** XL Deploy's REST root, without a trailing slash. */
  readonly upstreamUrl: string;
  readonly username: string;
  readonly password: string;
  /** True when no server is configured and the embedded simulator runs. */
  readonly simulator: boolean;
  /** Whether screens may start tasks (`POST …/start`). */
  readonly allowStart: boolean;
  readonly timeoutMs: number;
  /** How long a read answers every screen before XL Deploy is asked again. */
  readonly cacheTtlMs: number;
  /** The CSP `frame-ancestors` sources of the production server. */
  readonly frameAncestors: string;
}

export const SIMULATOR_PORT = 4516;
export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * The dashboard's poll interval while tasks move: every screen then causes
 * one upstream request per interval together (decision 031).
 */
export const DEFAULT_CACHE_TTL_MS = 2_000;

const KNOWN_OPTIONS = [
  'XLD_URL',
  'XLD_USERNAME',
  'XLD_PASSWORD',
  'XLD_ALLOW_START',
  'XLD_TIMEOUT_MS',
  'XLD_CACHE_TTL_MS',
] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Every problem found in the environment, one per line. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `The dashboard's configuration needs fixing:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** An unset option and an empty one (`XLD_URL=` in `.env`) mean the same. */
function option(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function readProxyConfig(env: Env): ProxyConfig {
  const problems: string[] = [];
  const report = (problem: string): void => {
    problems.push(problem);
  };

  checkOptionNames(env, report);
  const url = option(env, 'XLD_URL');
  const simulator = url === undefined;
  const upstreamUrl = simulator
    ? `http://localhost:${SIMULATOR_PORT}/deployit`
    : readUpstreamUrl(url, report);
  const credentials = simulator
    ? readSimulatorCredentials(env, report)
    : readServerCredentials(env, report);
  const allowStart = readBoolean(env, 'XLD_ALLOW_START', simulator, report);
  const timeoutMs = readMillis(
    env,
    'XLD_TIMEOUT_MS',
    DEFAULT_TIMEOUT_MS,
    1,
    report,
  );
  const cacheTtlMs = readMillis(
    env,
    'XLD_CACHE_TTL_MS',
    DEFAULT_CACHE_TTL_MS,
    0,
    report,
  );
  const frameAncestors = readFrameAncestors(
    option(env, 'FRAME_ANCESTORS'),
    report,
  );

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    upstreamUrl: upstreamUrl ?? '',
    username: credentials.username,
    password: credentials.password,
    simulator,
    allowStart: allowStart ?? false,
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cacheTtlMs: cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
    frameAncestors: frameAncestors ?? "'none'",
  };
}

/** The port to listen on: `PORT`, or the command's own default. */
export function readPort(env: Env, fallback: number): number {
  const text = option(env, 'PORT');
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
    throw new ConfigError([
      `PORT must be a port number from 1 to 65535, not "${text}".`,
    ]);
  }
  return port;
}

type Report = (problem: string) => void;

function checkOptionNames(env: Env, report: Report): void {
  const known: ReadonlySet<string> = new Set(KNOWN_OPTIONS);
  for (const name of Object.keys(env)) {
    if (!name.startsWith('XLD_') || known.has(name)) continue;
    const guess = closestName(name, KNOWN_OPTIONS);
    report(
      `Unknown option ${name}` +
        (guess === undefined ? '' : ` (did you mean ${guess}?)`) +
        `. Known options: ${KNOWN_OPTIONS.join(', ')}.`,
    );
  }
}

function readUpstreamUrl(text: string, report: Report): string | undefined {
  const example = 'e.g. http://xld.example.com:4516/deployit';
  if (!URL.canParse(text)) {
    report(`XLD_URL is not a URL: "${text}" (${example}).`);
    return undefined;
  }
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    report(`XLD_URL must start with http:// or https:// (${example}).`);
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    report(
      'XLD_URL must not hold credentials: set XLD_USERNAME and XLD_PASSWORD ' +
        'instead, and remove them from the URL.',
    );
    return undefined;
  }
  if (url.search !== '' || url.hash !== '') {
    report(`XLD_URL must not have a query or a fragment (${example}).`);
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') {
    report(
      `XLD_URL is XL Deploy's REST root and ends in /deployit: ` +
        `try ${url.origin}/deployit.`,
    );
    return undefined;
  }
  return `${url.origin}${path}`;
}

interface Credentials {
  readonly username: string;
  readonly password: string;
}

function readServerCredentials(env: Env, report: Report): Credentials {
  const username = option(env, 'XLD_USERNAME');
  const password = env.XLD_PASSWORD;
  if (username === undefined) {
    report(
      'XLD_URL is set but XLD_USERNAME is not: set the user to sign in as.',
    );
  }
  if (password === undefined || password === '') {
    report("XLD_URL is set but XLD_PASSWORD is not: set that user's password.");
  }
  return { username: username ?? '', password: password ?? '' };
}

function readSimulatorCredentials(env: Env, report: Report): Credentials {
  for (const name of ['XLD_USERNAME', 'XLD_PASSWORD']) {
    if (option(env, name) !== undefined) {
      report(
        `${name} is set but XLD_URL is not: set XLD_URL to your XL Deploy ` +
          `server, or unset ${name} to run on the embedded simulator.`,
      );
    }
  }
  return { username: 'admin', password: 'admin' };
}

function readBoolean(
  env: Env,
  name: string,
  fallback: boolean,
  report: Report,
): boolean | undefined {
  const text = option(env, name);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  report(`${name} must be true or false, not "${text}".`);
  return undefined;
}

function readMillis(
  env: Env,
  name: string,
  fallback: number,
  minimum: number,
  report: Report,
): number | undefined {
  const text = option(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum) {
    report(
      `${name} must be a whole number of milliseconds from ${minimum}, ` +
        `not "${text}".`,
    );
    return undefined;
  }
  return value;
}
