// One step in the tree: its state, number, what it does, failures, start
// and duration. Selecting it opens its log beside the tree.
import type { StepState } from '../xld/types.ts';
import { StateBadge } from './state-badge.tsx';
import { Duration, Instant } from './task-times.tsx';

/** Every step row has this height, which virtualisation relies on. */
export const STEP_ROW_REM = 2.25;

interface StepRowProps {
  readonly path: string;
  readonly step: StepState;
  readonly number: number;
  readonly count: number;
  readonly level: number;
  readonly top: number;
  readonly height: number;
  readonly tabbable: boolean;
  readonly selected: boolean;
  readonly onFocus: () => void;
  readonly onOpen: () => void;
}

export function StepRow(props: StepRowProps) {
  const { step, number, selected } = props;
  const running = step.state === 'EXECUTING' || step.state === 'QUEUED';

  return (
    <div
      role="treeitem"
      aria-level={props.level}
      aria-posinset={number}
      aria-setsize={props.count}
      aria-selected={selected}
      aria-label={`Step ${number}: ${step.description}`}
      data-key={props.path}
      data-step-row
      tabIndex={props.tabbable ? 0 : -1}
      onFocus={props.onFocus}
      onClick={props.onOpen}
      style={{ top: props.top, height: props.height }}
      className={`absolute inset-x-0 flex cursor-pointer items-center gap-2 overflow-hidden rounded px-2 text-sm whitespace-nowrap outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-600 dark:hover:bg-slate-800 ${selected ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
    >
      <span className="w-24 shrink-0">
        <StateBadge stateText={step.stateText} size="small" />
      </span>
      <span className="w-12 shrink-0 text-right text-slate-600 tabular-nums dark:text-slate-300">
        {number}
      </span>
      <span className="min-w-0 flex-1 truncate">{step.description}</span>
      {step.failures > 0 && (
        <span className="shrink-0 font-semibold text-red-800 dark:text-red-300">
          {step.failures === 1 ? '1 failure' : `${step.failures} failures`}
        </span>
      )}
      <span className="hidden shrink-0 text-slate-600 md:inline dark:text-slate-300">
        {step.startDate !== undefined && <Instant date={step.startDate} />}
      </span>
      <span className="w-20 shrink-0 text-right tabular-nums">
        <Duration
          startDate={step.startDate}
          completionDate={step.completionDate}
          active={running}
        />
      </span>
    </div>
  );
}
