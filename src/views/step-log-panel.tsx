// The log of the step a person selected, beside the tree.
import type { StepState } from '../xld/types.ts';
import { LogViewer } from '../components/log-viewer.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { describeProblem } from '../queries/problem.ts';
import { useStepLog } from '../queries/task-detail.ts';

interface StepLogPanelProps {
  readonly taskId: string;
  readonly stepPath: string;
  readonly step: StepState | undefined;
  readonly onClose: () => void;
}

export function StepLogPanel(props: StepLogPanelProps) {
  const { taskId, stepPath, step, onClose } = props;
  const running = step?.state === 'EXECUTING' || step?.state === 'QUEUED';
  const log = useStepLog(taskId, stepPath, running);
  const title = step?.description ?? `Step ${stepPath}`;

  return (
    <section aria-labelledby="step-log-heading" className="space-y-2">
      <div className="flex items-start justify-between gap-2">
        <h2 id="step-log-heading" className="text-lg font-semibold">
          Log of {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-slate-400 px-2 py-0.5 text-sm"
        >
          Close log
        </button>
      </div>
      {step !== undefined && (
        <p className="flex items-center gap-2 text-sm">
          <StateBadge stateText={step.stateText} size="small" />
          Step {stepPath}
          {step.failures === 1 && ', failed once'}
          {step.failures > 1 && `, failed ${step.failures} times`}
        </p>
      )}
      {log.isPending && <p role="status">Loading the log…</p>}
      {log.isError && (
        <p role="alert">
          The log could not be read: {describeProblem(log.error).title}.
        </p>
      )}
      {log.data !== undefined &&
        (log.data === '' ? (
          <p>This step wrote no log.</p>
        ) : (
          <LogViewer label={`Log of ${title}`} text={log.data} />
        ))}
    </section>
  );
}
