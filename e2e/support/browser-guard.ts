// Watches everything a browser context receives while a production test
// runs, and fails the test on what a release manager's screen must never
// see: a Content-Security-Policy violation, a console error or uncaught
// exception, or the proxy's credentials in any header or body.
import {
  test as base,
  expect,
  type BrowserContext,
  type Request,
} from '@playwright/test';
import {
  BASIC_TOKEN,
  PROXY_PASSWORD,
  PROXY_USERNAME,
} from './production-env.ts';

const SECRETS = [
  PROXY_PASSWORD,
  BASIC_TOKEN,
  `${PROXY_USERNAME}:${PROXY_PASSWORD}`,
];

/** Answers a server sends without a body, for the browser to fill in. */
const BODILESS = new Set([204, 301, 302, 303, 304, 307, 308]);

export interface ScannedResponse {
  readonly url: string;
  readonly resourceType: string;
  readonly status: number;
  /** False when the page gave up on the request or moved on from it. */
  readonly bodyScanned: boolean;
}

export interface BrowserGuard {
  /** Every answer seen so far, once its scan has finished. */
  scanned(): Promise<readonly ScannedResponse[]>;
  /** A console error the test causes on purpose, such as a refused POST. */
  allowConsoleError(pattern: RegExp): void;
}

interface Findings {
  readonly violations: string[];
  readonly consoleErrors: string[];
  readonly leaks: string[];
  readonly scans: Promise<ScannedResponse | undefined>[];
}

function leaksIn(where: string, text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret)).map(
    (secret) =>
      `${where} holds ${secret === PROXY_PASSWORD ? 'the password' : 'the Basic token'}`,
  );
}

function unread(error: unknown): undefined {
  if (String(error).includes('navigated away')) return undefined;
  throw error;
}

async function scanFinished(
  request: Request,
  leaks: string[],
): Promise<ScannedResponse | undefined> {
  const response = await request.response();
  if (response === null) return undefined;
  const url = response.url();
  const headers = Object.entries(await response.allHeaders())
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  leaks.push(...leaksIn(`the headers of ${url}`, headers));

  // A reload may come between the request's end and this read: the
  // browser then drops the body, and the answer counts as unread.
  const bodiless = BODILESS.has(response.status());
  const body = bodiless ? undefined : await response.body().catch(unread);
  if (body !== undefined) {
    leaks.push(...leaksIn(`the body of ${url}`, body.toString('latin1')));
  }
  return {
    url,
    resourceType: request.resourceType(),
    status: response.status(),
    bodyScanned: body !== undefined,
  };
}

/** A request the page gave up on: what headers came are all there is. */
async function scanFailed(
  request: Request,
  leaks: string[],
): Promise<ScannedResponse> {
  const response = await request.response();
  const headers = Object.entries(response?.headers() ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  leaks.push(...leaksIn(`the headers of ${request.url()}`, headers));
  return {
    url: request.url(),
    resourceType: request.resourceType(),
    status: response?.status() ?? 0,
    bodyScanned: false,
  };
}

type ViolationReport = (text: string) => void;

async function watch(context: BrowserContext, findings: Findings) {
  await context.exposeFunction('reportPolicyViolation', (text: string) => {
    findings.violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (
      window as unknown as { reportPolicyViolation: ViolationReport }
    ).reportPolicyViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const what = event.blockedURI || 'inline code';
        const where = event.sourceFile || document.URL;
        report(
          `${event.effectiveDirective} refused ${what} in ${where}:` +
            String(event.lineNumber),
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error') findings.consoleErrors.push(message.text());
  });
  context.on('weberror', (error) => {
    findings.consoleErrors.push(`uncaught: ${error.error().message}`);
  });
  // A body can be read once it has fully arrived, so the scan waits for
  // the request to finish; a request the page aborts never delivers one.
  context.on('requestfinished', (request) => {
    findings.scans.push(scanFinished(request, findings.leaks));
  });
  context.on('requestfailed', (request) => {
    findings.scans.push(scanFailed(request, findings.leaks));
  });
}

export const test = base.extend<{ guard: BrowserGuard }>({
  guard: [
    async ({ context }, use) => {
      const findings: Findings = {
        violations: [],
        consoleErrors: [],
        leaks: [],
        scans: [],
      };
      const allowed: RegExp[] = [];
      await watch(context, findings);

      await use({
        scanned: async () => {
          const scans = await Promise.all(findings.scans);
          return scans.filter((scan) => scan !== undefined);
        },
        allowConsoleError: (pattern) => {
          allowed.push(pattern);
        },
      });

      await Promise.all(findings.scans);
      const unexpected = findings.consoleErrors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(findings.violations, 'Content-Security-Policy violations').toEqual(
        [],
      );
      expect(unexpected, 'console errors').toEqual([]);
      expect(findings.leaks, 'credentials the browser received').toEqual([]);
    },
    { auto: true },
  ],
});
