// Turns a failed request into words a release manager can act on: a title
// naming the problem for the banner, and what it means or what to do.
import {
  XldResponseError,
  describeError,
  isXldRequestError,
} from '../xld/errors.ts';

export interface Problem {
  /** One short sentence naming what went wrong. */
  readonly title: string;
  /** What it means or what to do about it. */
  readonly detail: string;
}

const UNREACHABLE: Problem = {
  title: 'XL Deploy is unreachable',
  detail: 'Retrying until it answers again.',
};

const PROBLEMS: Readonly<Record<string, Problem>> = {
  unauthorized: {
    title: 'XL Deploy rejected the credentials',
    detail: 'Check XLD_USERNAME and XLD_PASSWORD of the dashboard server.',
  },
  forbidden: {
    title: 'XL Deploy refused permission',
    detail: 'The configured user lacks the permission for this request.',
  },
  'not-found': {
    title: 'XL Deploy does not know this task',
    detail: 'It may have been archived or cancelled meanwhile.',
  },
  conflict: {
    title: 'XL Deploy refused the action in the task’s current state',
    detail: 'The task changed meanwhile; its new state is shown.',
  },
  server: {
    title: 'XL Deploy reported an internal error',
    detail: 'Retrying; the server’s log has the details.',
  },
  unreachable: UNREACHABLE,
  timeout: {
    title: 'XL Deploy did not answer in time',
    detail: 'Retrying until it answers again.',
  },
  'invalid-response': {
    title: 'XL Deploy sent a response the dashboard cannot read',
    detail: 'Retrying; the last readable data stays on screen.',
  },
};

export function describeProblem(error: unknown): Problem {
  if (error instanceof XldResponseError) {
    return PROBLEMS['invalid-response'] ?? UNREACHABLE;
  }
  const known = isXldRequestError(error) ? PROBLEMS[error.kind] : undefined;
  if (known !== undefined) return known;
  // A fetch that failed before any answer (the proxy itself is down).
  if (error instanceof TypeError) return UNREACHABLE;

  return { title: 'The request failed', detail: describeError(error) };
}
