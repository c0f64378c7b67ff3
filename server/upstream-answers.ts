// Reads XL Deploy's answer before a screen sees it: failures are logged once
// per upstream request, with what to do next, and answers that would leak
// or confuse (a login challenge, a redirect) are replaced by plain text.
import { createLogger } from '../src/log.ts';
import type { UpstreamAnswer } from './read-cache.ts';
import type { UpstreamFailure } from './upstream.ts';

const log = createLogger('proxy');

export interface RequestLabel {
  readonly method: string;
  /** Path and query below the REST root. */
  readonly path: string;
  /** `host:port` of XL Deploy. */
  readonly host: string;
}

function textAnswer(status: number, text: string): UpstreamAnswer {
  return {
    status,
    contentType: 'text/plain; charset=utf-8',
    body: Buffer.from(text),
  };
}

export function credentialsRejected(host: string): string {
  return (
    `XL Deploy at ${host} rejected the credentials of the dashboard's ` +
    `server: check XLD_USERNAME and XLD_PASSWORD there.`
  );
}

function logged(label: RequestLabel, status: number, advice: string): void {
  log.warn(`${label.method} ${label.path} → ${status}: ${advice}`);
}

/** The answer a screen receives for XL Deploy's `answer`. */
export function reviewAnswer(
  label: RequestLabel,
  answer: UpstreamAnswer,
): UpstreamAnswer {
  const { status } = answer;
  const where = `XL Deploy at ${label.host}`;

  if (status === 401) {
    // Without XL Deploy's WWW-Authenticate, no browser shows a login prompt.
    const text = credentialsRejected(label.host);
    logged(label, status, text);
    return textAnswer(401, text);
  }
  if (status >= 300 && status < 400) {
    const text =
      `${where} answered with a redirect (${status}): check that XLD_URL ` +
      `is the REST root, with the right scheme (http or https).`;
    logged(label, 502, text);
    return textAnswer(502, text);
  }
  if (status === 402) {
    logged(label, status, `${where} reports a licence problem.`);
  } else if (status === 403) {
    logged(
      label,
      status,
      `${where} refused permission: grant the dashboard's user task#view ` +
        `(and report#view for the archive).`,
    );
  } else if (status >= 500) {
    logged(label, status, `${where} failed; its server log has the details.`);
  }
  return answer;
}

export function logFailure(label: RequestLabel, failure: UpstreamFailure) {
  const advice =
    failure.kind === 'timeout'
      ? 'XL Deploy may be overloaded; the screens keep retrying ' +
        '(XLD_TIMEOUT_MS sets the limit).'
      : 'check that XL Deploy runs and that XLD_URL points to it.';
  logged(label, failure.status, `${failure.message}; ${advice}`);
}

export function failureAnswer(failure: UpstreamFailure): UpstreamAnswer {
  return textAnswer(failure.status, failure.message);
}
