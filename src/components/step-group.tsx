// The steps of an opened step block, drawn as tree items. Only the rows in
// view are in the DOM; the focused row always is, so the keyboard can reach
// a step far below.
import { useLayoutEffect, useRef, useState } from 'react';
import { isActiveStep, stepNeedsAttention } from '../xld/states.ts';
import type { StepBlockState } from '../xld/types.ts';
import { stepNumberIn, stepPathOf } from './block-tree-model.ts';
import { StepRow, STEP_ROW_REM } from './step-row.tsx';
import { remInPx, useVirtualWindow } from './virtual-window.ts';

export interface StepBlockLoad {
  readonly data: StepBlockState | undefined;
  /** Why the steps could not be read, in words. */
  readonly problem: string | undefined;
}

interface StepGroupProps {
  readonly blockId: string;
  readonly level: number;
  readonly load: StepBlockLoad | undefined;
  readonly tabbableKey: string | undefined;
  readonly focusedKey: string | undefined;
  readonly selectedStep: string | undefined;
  readonly onFocusStep: (key: string) => void;
  readonly onOpenStep: (stepPath: string) => void;
}

/** At most this share of the window's height, so the tree stays in view. */
const MAX_VIEWPORT_SHARE = 0.6;

export function StepGroup(props: StepGroupProps) {
  const { blockId, load } = props;

  if (load?.data === undefined) {
    return (
      <div role="group" className="ml-9 py-1 text-sm">
        <p role="status">
          {load?.problem === undefined
            ? 'Loading steps…'
            : `Steps unavailable: ${load.problem}`}
        </p>
      </div>
    );
  }
  if (load.data.steps.length === 0) {
    return (
      <div role="group" className="ml-9 py-1 text-sm">
        <p>This block has no steps.</p>
      </div>
    );
  }
  return <VirtualSteps {...props} blockId={blockId} data={load.data} />;
}

function VirtualSteps(props: StepGroupProps & { data: StepBlockState }) {
  const { blockId, data, level, tabbableKey, focusedKey } = props;
  const steps = data.steps;
  const rowPx = STEP_ROW_REM * remInPx();
  const boxPx = Math.min(
    steps.length * rowPx,
    Math.max(rowPx * 4, window.innerHeight * MAX_VIEWPORT_SHARE),
  );
  const { box, initialTop } = useStartAtCurrentStep(data, rowPx);
  const { first, last, onScroll } = useVirtualWindow(
    steps.length,
    rowPx,
    boxPx,
    initialTop,
  );

  const focused = stepNumberIn(blockId, focusedKey);
  const numbers: number[] = [];
  for (let index = first; index < last; index++) numbers.push(index + 1);
  if (focused !== undefined && (focused <= first || focused > last)) {
    numbers.push(focused);
  }

  return (
    <div
      ref={box}
      role="group"
      onScroll={onScroll}
      style={{ height: boxPx }}
      className="relative ml-5 overflow-auto border-l border-slate-300 pl-2 dark:border-slate-700"
    >
      <div style={{ height: steps.length * rowPx }} className="relative">
        {numbers.map((number) => {
          const step = steps[number - 1];
          if (step === undefined) return null;
          const path = stepPathOf(blockId, number);
          return (
            <StepRow
              key={path}
              path={path}
              step={step}
              number={number}
              count={steps.length}
              level={level}
              top={(number - 1) * rowPx}
              height={rowPx}
              tabbable={tabbableKey === path}
              selected={props.selectedStep === path}
              onFocus={() => {
                props.onFocusStep(path);
              }}
              onOpen={() => {
                props.onFocusStep(path);
                props.onOpenStep(path);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}

/** The row of the running or failed step, if any. */
function currentStepIndex(data: StepBlockState): number {
  return data.steps.findIndex(
    (step) => isActiveStep(step.state) || stepNeedsAttention(step.state),
  );
}

/**
 * When a block opens, its running or failed step is in view, so that step
 * 545 of 1,200 needs no scrolling. Only at first: then the person scrolls.
 */
function useStartAtCurrentStep(data: StepBlockState, rowPx: number) {
  const box = useRef<HTMLDivElement>(null);
  // Two rows of context above the current step.
  const [initialTop] = useState(() =>
    Math.max(0, (currentStepIndex(data) - 2) * rowPx),
  );

  useLayoutEffect(() => {
    const element = box.current;
    if (element !== null) element.scrollTop = initialTop;
  }, [initialTop]);

  return { box, initialTop };
}
