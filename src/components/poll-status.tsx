// What the screen knows about its own freshness: a banner naming the problem
// when polling fails, and how old the data on screen is.
import { describeProblem } from '../queries/problem.ts';
import { useNow } from './clock.ts';
import { formatDuration } from './time-text.ts';

interface PollStatusProps {
  /** The last poll's error; null when it succeeded. */
  readonly error: unknown;
  /** When data last arrived, epoch ms; 0 when none ever did. */
  readonly updatedAt: number;
}

function Age({ updatedAt }: { readonly updatedAt: number }) {
  const now = useNow();
  return <span data-clock>updated {formatDuration(now - updatedAt)} ago</span>;
}

/** The age of the data, shown quietly while all is well. */
export function UpdatedAgo({ updatedAt }: { readonly updatedAt: number }) {
  if (updatedAt === 0) return null;
  return (
    <p className="text-sm text-slate-600 tabular-nums dark:text-slate-300">
      <Age updatedAt={updatedAt} />
    </p>
  );
}

export function StaleBanner({ error, updatedAt }: PollStatusProps) {
  if (error === null || error === undefined) return null;
  const problem = describeProblem(error);

  return (
    <div
      role="alert"
      className="mb-4 rounded border-l-8 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <p className="text-lg font-semibold">
        <span aria-hidden="true">⚠ </span>
        {problem.title}
      </p>
      <p>{problem.detail}</p>
      <p className="mt-1 font-medium tabular-nums">
        {updatedAt === 0 ? (
          'No data yet.'
        ) : (
          <>
            Stale data on screen, <Age updatedAt={updatedAt} />.
          </>
        )}
      </p>
    </div>
  );
}
