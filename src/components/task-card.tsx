// One current task at a glance: state, progress, what goes where, and when.
import type { ReactNode } from 'react';
import type { TaskState } from '../xld/types.ts';
import { isActive, taskProgress } from '../xld/states.ts';
import { ProgressBar } from './progress-bar.tsx';
import { StateBadge, TONE_BORDERS, toneOf } from './state-badge.tsx';
import { TaskTimes } from './task-times.tsx';

interface TaskCardProps {
  readonly task: TaskState;
  /** Where the card's title leads: the task's detail. */
  readonly href: string;
  readonly onOpen: (href: string) => void;
  /** Extra controls, such as the start button. */
  readonly actions?: ReactNode;
}

const METADATA_SHOWN = [
  ['application', 'Application'],
  ['version', 'Version'],
  ['environment', 'Environment'],
  ['taskType', 'Task type'],
] as const;

export function TaskCard(props: TaskCardProps) {
  const { task, href, onOpen, actions } = props;
  const tone = toneOf(task.stateText);

  return (
    <article
      aria-label={task.description || task.id}
      className={`flex flex-col gap-2 rounded-lg border-l-8 bg-white p-4 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700 ${TONE_BORDERS[tone]}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg leading-snug font-semibold">
          <a
            href={href}
            className="underline-offset-2 hover:underline focus-visible:underline"
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
              event.preventDefault();
              onOpen(href);
            }}
          >
            {task.description || task.id}
          </a>
        </h2>
        <StateBadge stateText={task.stateText} />
      </div>
      <ProgressBar
        label={`Progress of ${task.description || task.id}`}
        progress={taskProgress(task)}
        failures={task.failures}
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        {METADATA_SHOWN.map(([key, label]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600 dark:text-slate-300">{label}</dt>
            <dd className="font-medium">{task.metadata[key] ?? '—'}</dd>
          </div>
        ))}
        <dt className="text-slate-600 dark:text-slate-300">Owner</dt>
        <dd className="font-medium">{task.owner ?? '—'}</dd>
      </dl>
      <TaskTimes
        startDate={task.startDate}
        completionDate={task.completionDate}
        scheduledDate={task.scheduledDate}
        active={isActive(task.state)}
      />
      {actions}
    </article>
  );
}
