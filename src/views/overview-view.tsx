// Every current task, most urgent first, filtered by what the screen's URL
// asks for.
import { useEffect, useMemo } from 'react';
import type { TaskState } from '../xld/types.ts';
import { navigate, hrefKeepingScreen, useLocation } from '../app/router.ts';
import { StaleBanner, UpdatedAgo } from '../components/poll-status.tsx';
import { TaskCard } from '../components/task-card.tsx';
import { useCurrentTasks } from '../queries/current-tasks.ts';
import { compareByAttention, needsAttention } from '../xld/states.ts';
import { OverviewFilterBar } from './overview-filter-bar.tsx';
import {
  clearedFiltersHref,
  describeFilters,
  hasFilters,
  matchesPlace,
  matchesState,
  readFilters,
} from './overview-filters.ts';
import { StartTaskButton } from './start-task-button.tsx';

/** The tab's title tells a screen's owner at a glance what needs them. */
function useAttentionTitle(tasks: readonly TaskState[] | undefined) {
  const waiting = tasks?.filter(needsAttention).length ?? 0;
  useEffect(() => {
    document.title =
      waiting === 0
        ? 'XL Deploy tasks'
        : `(${waiting}) need attention · XL Deploy tasks`;
  }, [waiting]);
}

function sortedByAttention(tasks: readonly TaskState[] | undefined) {
  return tasks === undefined ? undefined : [...tasks].sort(compareByAttention);
}

export function OverviewView() {
  const location = useLocation();
  const { data, error, dataUpdatedAt, isPending } = useCurrentTasks();
  const tasks = useMemo(() => sortedByAttention(data), [data]);
  const filters = readFilters(location);
  useAttentionTitle(tasks);

  const inPlace = tasks?.filter((task) => matchesPlace(task, filters)) ?? [];
  const shown = inPlace.filter((task) => matchesState(task, filters));
  const stale = error !== null;

  return (
    <main className="mx-auto max-w-[120rem] p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Current tasks</h1>
        <UpdatedAgo updatedAt={dataUpdatedAt} />
      </div>
      <StaleBanner error={error} updatedAt={dataUpdatedAt} />
      {tasks !== undefined && (
        <OverviewFilterBar
          location={location}
          tasks={tasks}
          inPlace={inPlace}
          filters={filters}
        />
      )}
      {isPending && <p className="text-lg">Loading current tasks…</p>}
      {tasks?.length === 0 && (
        <p className="text-lg">No current tasks: nothing is deploying.</p>
      )}
      {tasks !== undefined && tasks.length > 0 && shown.length === 0 && (
        <p className="text-lg">
          No task matches these filters.{' '}
          <a
            href={clearedFiltersHref(location)}
            className="underline"
            onClick={(event) => {
              event.preventDefault();
              navigate(clearedFiltersHref(location), { replace: true });
            }}
          >
            Show all tasks
          </a>
        </p>
      )}
      {hasFilters(filters) && shown.length > 0 && (
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-200">
          Showing {shown.length} of {tasks?.length ?? 0} tasks:{' '}
          {describeFilters(filters)}.
        </p>
      )}
      <ul
        aria-label="Tasks"
        className={`wall-grid grid gap-4 lg:grid-cols-2 2xl:grid-cols-3 ${stale ? 'opacity-70' : ''}`}
      >
        {shown.map((task) => {
          const href = hrefKeepingScreen(
            `/tasks/${encodeURIComponent(task.id)}`,
            location,
          );
          return (
            <li key={task.id}>
              <TaskCard
                task={task}
                href={href}
                onOpen={(target) => {
                  navigate(target);
                }}
                actions={<StartTaskButton task={task} />}
              />
            </li>
          );
        })}
      </ul>
    </main>
  );
}
