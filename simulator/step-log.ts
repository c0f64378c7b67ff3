// Step logs as XL Deploy writes them: the output of each attempt, with
// earlier attempts kept under `# Attempt nr. N` headers once a step has run
// more than once (REFERENCE §7.5, newer servers).
import type { SimStep } from './model.ts';

function attemptHeader(attempt: number): string {
  return `# Attempt nr. ${attempt}\n`;
}

function lines(text: readonly string[]): string {
  return text.length === 0 ? '' : `${text.join('\n')}\n`;
}

/** Called when an attempt starts: labels the attempts once there are two. */
export function openAttempt(step: SimStep): void {
  if (step.attempts < 2) return;
  const first = attemptHeader(1);
  const earlier = step.log.startsWith(first) ? step.log : first + step.log;
  step.log = earlier + attemptHeader(step.attempts);
}

export function closeSucceededAttempt(step: SimStep): void {
  step.log += lines(step.output);
}

export function closeFailedAttempt(step: SimStep): void {
  const before = step.output.slice(0, Math.ceil(step.output.length / 2));
  step.log += lines([...before, ...step.failureOutput]);
}

export function closeAbortedAttempt(step: SimStep, now: number): void {
  step.log += lines([...visibleOutput(step, now), 'Step was aborted.']);
}

/** The lines a running attempt has written so far, as time goes by. */
function visibleOutput(step: SimStep, now: number): readonly string[] {
  if (step.startedAt === undefined || step.endsAt === undefined) return [];
  const span = Math.max(1, step.endsAt - step.startedAt);
  const share = Math.min(1, (now - step.startedAt) / span);
  return step.output.slice(0, Math.floor(share * step.output.length));
}

/** The whole log of a step as a reader sees it at `now`. */
export function stepLogAt(step: SimStep, now: number): string {
  if (step.state !== 'EXECUTING') return step.log;
  return step.log + lines(visibleOutput(step, now));
}
