// Start, elapsed and completion times of a task; the elapsed time of an
// active task ticks, and is marked as a clock for the DOM benchmarks.
import type { XldDate } from '../xld/types.ts';
import { useNow } from './clock.ts';
import { formatDuration, formatInstant } from './time-text.ts';

interface TaskTimesProps {
  readonly startDate: XldDate | undefined;
  readonly completionDate: XldDate | undefined;
  readonly scheduledDate: XldDate | undefined;
  readonly active: boolean;
}

export function Instant({ date }: { readonly date: XldDate }) {
  if (date.epochMs === undefined) return <>{date.text}</>;
  return (
    <time dateTime={new Date(date.epochMs).toISOString()}>
      {formatInstant(date.epochMs)}
    </time>
  );
}

function TickingElapsed({ since }: { readonly since: number }) {
  const now = useNow();
  return <span data-clock>{formatDuration(now - since)}</span>;
}

interface DurationProps {
  readonly startDate: XldDate | undefined;
  readonly completionDate: XldDate | undefined;
  /** Whether it still runs, so that its duration ticks. */
  readonly active: boolean;
}

/** From start to completion, or to now while it runs; nothing otherwise. */
export function Duration(props: DurationProps) {
  const start = props.startDate?.epochMs;
  if (start === undefined) return null;

  const end = props.completionDate?.epochMs;
  if (end !== undefined) return <>{formatDuration(end - start)}</>;
  if (props.active) return <TickingElapsed since={start} />;
  return null;
}

export function TaskTimes(props: TaskTimesProps) {
  const { startDate, completionDate, scheduledDate } = props;
  const showElapsed =
    startDate?.epochMs !== undefined &&
    (completionDate?.epochMs !== undefined || props.active);

  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
      {scheduledDate !== undefined && (
        <>
          <dt className="text-slate-600 dark:text-slate-300">Scheduled</dt>
          <dd>
            <Instant date={scheduledDate} />
          </dd>
        </>
      )}
      <dt className="text-slate-600 dark:text-slate-300">Started</dt>
      <dd>
        {startDate === undefined ? 'not yet' : <Instant date={startDate} />}
      </dd>
      {showElapsed && (
        <>
          <dt className="text-slate-600 dark:text-slate-300">Elapsed</dt>
          <dd className="tabular-nums">
            <Duration {...props} />
          </dd>
        </>
      )}
      {completionDate !== undefined && (
        <>
          <dt className="text-slate-600 dark:text-slate-300">Completed</dt>
          <dd>
            <Instant date={completionDate} />
          </dd>
        </>
      )}
    </dl>
  );
}
