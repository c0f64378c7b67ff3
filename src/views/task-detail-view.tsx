// One task in full: state, progress, metadata, times, and its plan.
import { Link } from '../app/link.tsx';
import { hrefKeepingScreen, useLocation } from '../app/router.ts';
import { MetadataPanel } from '../components/metadata-panel.tsx';
import { StaleBanner, UpdatedAgo } from '../components/poll-status.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { TaskTimes } from '../components/task-times.tsx';
import { describeProblem } from '../queries/problem.ts';
import { useTaskState, useTaskWithBlock } from '../queries/task-detail.ts';
import { isActive, taskProgress } from '../xld/states.ts';
import type { TaskBase, TaskState } from '../xld/types.ts';
import { StartTaskButton } from './start-task-button.tsx';
import { TaskPlan } from './task-plan.tsx';

function TaskProgressBar({ task }: { readonly task: TaskState }) {
  return (
    <ProgressBar
      label={`Progress of ${task.description || task.id}`}
      progress={taskProgress(task)}
      failures={task.failures}
    />
  );
}

function TaskHeading({ task }: { readonly task: TaskBase }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-2xl font-semibold">{task.description || task.id}</h1>
      <StateBadge stateText={task.stateText} />
      <StartTaskButton task={task} />
    </div>
  );
}

export function TaskDetailView({ taskId }: { readonly taskId: string }) {
  const location = useLocation();
  const counters = useTaskState(taskId);
  const plan = useTaskWithBlock(taskId);
  // The state and counters come from TaskService, the tree from
  // TaskBlockService; either one is enough to name the task.
  const task: TaskBase | undefined = counters.data ?? plan.data;
  const error = plan.error ?? counters.error;
  const updatedAt = Math.min(
    plan.dataUpdatedAt || Infinity,
    counters.dataUpdatedAt || Infinity,
  );

  return (
    <main className="mx-auto max-w-[120rem] space-y-5 p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={hrefKeepingScreen('/', location)} className="underline">
          ← All current tasks
        </Link>
        <UpdatedAgo updatedAt={Number.isFinite(updatedAt) ? updatedAt : 0} />
      </div>
      <StaleBanner
        error={error}
        updatedAt={Number.isFinite(updatedAt) ? updatedAt : 0}
      />
      {task === undefined && (plan.isPending || counters.isPending) && (
        <p className="text-lg">Loading task {taskId}…</p>
      )}
      {task === undefined && error !== null && !plan.isPending && (
        <p className="text-lg">
          Task {taskId} cannot be shown: {describeProblem(error).title}.
        </p>
      )}
      {task !== undefined && (
        <>
          <TaskHeading task={task} />
          {counters.data !== undefined && (
            <TaskProgressBar task={counters.data} />
          )}
          <div className="grid gap-6 md:grid-cols-2">
            <MetadataPanel metadata={task.metadata} />
            <section aria-labelledby="times-heading">
              <h2 id="times-heading" className="mb-2 text-lg font-semibold">
                Times and owner
              </h2>
              <TaskTimes
                startDate={task.startDate}
                completionDate={task.completionDate}
                scheduledDate={task.scheduledDate}
                active={isActive(task.state)}
              />
              <p className="mt-1 text-sm">
                Owner: <span className="font-medium">{task.owner ?? '—'}</span>
                {' · '}
                Failures: <span className="font-medium">{task.failures}</span>
                {' · '}
                Id: <code className="break-all">{task.id}</code>
              </p>
            </section>
          </div>
        </>
      )}
      {plan.data !== undefined && <TaskPlan task={plan.data} />}
    </main>
  );
}
