// An honest bar of done and total steps: a running step shows as a lighter
// segment, a failed one in the failure colour, a task without steps or with
// unreadable counters says so instead of drawing a bar it cannot know.

import type { TaskProgress } from '../xld/states.ts';

interface ProgressBarProps {
  readonly label: string;
  readonly progress: TaskProgress;
  /** Step failures of the whole task, retried ones included. */
  readonly failures: number;
}

/** Counters that cannot describe a bar (a server's oddity) are unknown. */
function isKnown({ done, total }: TaskProgress): boolean {
  return (
    Number.isInteger(done) &&
    Number.isInteger(total) &&
    done >= 0 &&
    done <= total
  );
}

function describe({ progress, failures }: ProgressBarProps): string {
  const { done, total } = progress;
  if (!isKnown(progress)) return 'Progress unknown';
  if (total === 0) return 'No steps';

  const failed =
    failures === 0
      ? ''
      : failures === 1
        ? ', 1 failure'
        : `, ${failures} failures`;
  return `${done} of ${total} steps done${failed}`;
}

function percent(part: number, whole: number): string {
  return `${Math.min(100, (part / whole) * 100).toFixed(2)}%`;
}

export function ProgressBar(props: ProgressBarProps) {
  const { label, progress } = props;
  const { done, total, current, failed } = progress;
  const known = isKnown(progress) && total > 0;
  const text = describe(props);
  const showCurrent = known && current > done && current <= total;

  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuenow={known ? done : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuetext={text}
        className={`relative flex h-3 flex-1 overflow-hidden rounded bg-slate-200 dark:bg-slate-700 ${known ? '' : 'bg-[repeating-linear-gradient(45deg,transparent_0_6px,rgb(148_163_184/0.5)_6px_12px)]'}`}
      >
        {known && (
          <div
            className="h-full bg-teal-600 dark:bg-teal-400"
            style={{ width: percent(done, total) }}
          />
        )}
        {showCurrent && (
          <div
            data-current-step
            className={
              failed
                ? 'h-full bg-red-600 dark:bg-red-400'
                : 'h-full bg-sky-400 dark:bg-sky-600'
            }
            style={{ width: percent(1, total) }}
          />
        )}
      </div>
      <span className="shrink-0 text-sm tabular-nums">{text}</span>
    </div>
  );
}
