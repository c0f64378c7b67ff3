// Starts a pending, failed, stopped or aborted task, after a confirmation
// that names it. Shown only when the dashboard's server allows actions.
import { useRef, useState } from 'react';
import type { TaskBase } from '../xld/types.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { describeProblem } from '../queries/problem.ts';
import { useSettings } from '../queries/settings.ts';
import { useStartTask } from '../queries/start-task.ts';
import { canStart } from '../xld/states.ts';

interface StartTaskButtonProps {
  readonly task: TaskBase;
}

function verbFor(state: string): string {
  return state === 'PENDING' || state === 'SCHEDULED' ? 'Start' : 'Restart';
}

export function StartTaskButton({ task }: StartTaskButtonProps) {
  const { data: settings } = useSettings();
  const startable = canStart(task.state);
  if (settings?.startAllowed !== true || !startable) return null;
  return <StartControl task={task} />;
}

function StartControl({ task }: StartTaskButtonProps) {
  const start = useStartTask(task.id);
  const [confirming, setConfirming] = useState(false);
  // A second confirmation before React re-renders must not send twice.
  const sending = useRef(false);
  const verb = verbFor(task.state);
  const name = task.description || task.id;

  const confirm = () => {
    setConfirming(false);
    if (sending.current) return;
    sending.current = true;
    start.mutate(undefined, {
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={start.isPending}
        aria-busy={start.isPending}
        onClick={() => {
          start.reset();
          setConfirming(true);
        }}
        className="rounded bg-sky-800 px-4 py-1.5 font-semibold text-white hover:bg-sky-900 disabled:cursor-wait disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        {start.isPending ? 'Starting…' : verb}
      </button>
      {start.isError && (
        <p
          role="alert"
          className="text-sm font-medium text-red-800 dark:text-red-300"
        >
          Not started: {describeProblem(start.error).title}.{' '}
          {describeProblem(start.error).detail}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={`${verb} this task?`}
          confirmLabel={verb}
          onConfirm={confirm}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <p className="font-semibold">{name}</p>
          <p className="text-sm">
            {[task.metadata.application, task.metadata.version]
              .filter(Boolean)
              .join(' ')}
            {task.metadata.environment !== undefined &&
              ` to ${task.metadata.environment}`}{' '}
            · now {task.stateText}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
