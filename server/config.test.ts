import { describe, expect, test } from 'vitest';
import {
  ConfigError,
  DEFAULT_CACHE_TTL_MS,
  DEFAULT_TIMEOUT_MS,
  readPort,
  readProxyConfig,
} from './config.ts';

const SERVER = {
  XLD_URL: 'https://xld.example.com:4516/deployit/',
  XLD_USERNAME: 'dashboard',
  XLD_PASSWORD: 'correct horse',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    readProxyConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('readProxyConfig', () => {
  test('runs on the simulator, with actions on, when XLD_URL is unset', () => {
    expect(readProxyConfig({ XLD_URL: '' })).toEqual({
      upstreamUrl: 'http://localhost:4516/deployit',
      username: 'admin',
      password: 'admin',
      simulator: true,
      allowStart: true,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      cacheTtlMs: DEFAULT_CACHE_TTL_MS,
      frameAncestors: "'none'",
    });
  });

  test('is read-only in front of a real server unless switched on', () => {
    const config = readProxyConfig(SERVER);

    expect(config.simulator).toBe(false);
    expect(config.allowStart).toBe(false);
    expect(config.upstreamUrl).toBe('https://xld.example.com:4516/deployit');
    expect(readProxyConfig({ ...SERVER, XLD_ALLOW_START: 'true' })).toEqual(
      expect.objectContaining({ allowStart: true }),
    );
  });

  test('lets the team switch actions off on the simulator', () => {
    const config = readProxyConfig({ XLD_ALLOW_START: 'FALSE' });

    expect(config.allowStart).toBe(false);
  });

  test('reads the timeout, the cache time and the frame ancestors', () => {
    const config = readProxyConfig({
      ...SERVER,
      XLD_TIMEOUT_MS: '2500',
      XLD_CACHE_TTL_MS: '0',
      FRAME_ANCESTORS: "'self'  https://wiki.example.com",
    });

    expect(config.timeoutMs).toBe(2500);
    expect(config.cacheTtlMs).toBe(0);
    expect(config.frameAncestors).toBe("'self' https://wiki.example.com");
  });

  test('accepts the frame sources CSP knows', () => {
    const sources = "'self' https://*.example.com:8443 wiki.example.com https:";

    const config = readProxyConfig({ ...SERVER, FRAME_ANCESTORS: sources });

    expect(config.frameAncestors).toBe(sources);
  });

  test.each([
    ['xld example', 'XLD_URL is not a URL'],
    ['xld.example.com:4516/deployit', 'must start with http:// or https://'],
    ['ftp://xld.example.com/deployit', 'must start with http:// or https://'],
    ['http://xld.example.com:4516', 'try http://xld.example.com:4516/deployit'],
    ['http://admin:pw@xld.example.com/deployit', 'must not hold credentials'],
    ['http://xld.example.com/deployit?x=1', 'must not have a query'],
  ])('says what to fix in the URL %s', (url, expected) => {
    const problems = problemsOf({ ...SERVER, XLD_URL: url });

    expect(problems).toEqual([expect.stringContaining(expected)]);
  });

  test('asks for the password when the URL comes without one', () => {
    const problems = problemsOf({
      XLD_URL: SERVER.XLD_URL,
      XLD_USERNAME: 'dashboard',
    });

    expect(problems).toEqual([
      "XLD_URL is set but XLD_PASSWORD is not: set that user's password.",
    ]);
  });

  test('asks for the user when the URL comes without one', () => {
    const problems = problemsOf({ XLD_URL: SERVER.XLD_URL, XLD_PASSWORD: 'x' });

    expect(problems).toEqual([expect.stringContaining('XLD_USERNAME is not')]);
  });

  test('refuses credentials meant for a server when none is set', () => {
    const problems = problemsOf({ XLD_PASSWORD: 'secret' });

    expect(problems).toEqual([
      expect.stringContaining('XLD_PASSWORD is set but XLD_URL is not'),
    ]);
  });

  test('names an unknown XLD_ option and the one probably meant', () => {
    const problems = problemsOf({ ...SERVER, XLD_USER: 'dashboard' });

    expect(problems).toEqual([
      expect.stringContaining(
        'Unknown option XLD_USER (did you mean XLD_USERNAME?)',
      ),
    ]);
  });

  test.each([
    ['XLD_ALLOW_START', 'yes', 'XLD_ALLOW_START must be true or false'],
    ['XLD_TIMEOUT_MS', '10s', 'XLD_TIMEOUT_MS must be a whole number'],
    ['XLD_TIMEOUT_MS', '0', 'XLD_TIMEOUT_MS must be a whole number'],
    ['XLD_CACHE_TTL_MS', '-1', 'XLD_CACHE_TTL_MS must be a whole number'],
    ['FRAME_ANCESTORS', "'self'; script-src *", 'FRAME_ANCESTORS holds'],
    ['FRAME_ANCESTORS', "'none' 'self'", "'none' cannot be combined"],
  ])('refuses %s=%s', (name, value, expected) => {
    const problems = problemsOf({ ...SERVER, [name]: value });

    expect(problems).toEqual([expect.stringContaining(expected)]);
  });

  test('lists every problem at once, without the password', () => {
    const error = (() => {
      try {
        readProxyConfig({
          XLD_URL: 'nonsense',
          XLD_PASSWORD: 'hunter2-secret',
          XLD_ALLOW_START: 'maybe',
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
    expect((error as Error).message).not.toContain('hunter2-secret');
  });
});

describe('readPort', () => {
  test('uses the command default when PORT is unset', () => {
    expect(readPort({}, 8080)).toBe(8080);
    expect(readPort({ PORT: '8091' }, 8080)).toBe(8091);
  });

  test.each(['eighty', '0', '70000', '80.5'])('refuses PORT=%s', (port) => {
    expect(() => readPort({ PORT: port }, 8080)).toThrow(
      'PORT must be a port number from 1 to 65535',
    );
  });
});
