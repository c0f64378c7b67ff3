// The plan of a task: its block tree on the left, the selected step's log
// on the right. Steps of a step block are read only once it is opened.
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { stepNeedsAttention } from '../xld/states.ts';
import type { StepState, TaskWithBlock } from '../xld/types.ts';
import { BlockTree } from '../components/block-tree.tsx';
import {
  openStepBlocks,
  stepNumberIn,
  stepPathOf,
  topBlocks,
  type Expansion,
} from '../components/block-tree-model.ts';
import type { StepBlockLoad } from '../components/step-group.tsx';
import { describeProblem } from '../queries/problem.ts';
import { blockStepsQuery } from '../queries/task-detail.ts';
import { StepLogPanel } from './step-log-panel.tsx';

function findStep(
  loads: ReadonlyMap<string, StepBlockLoad>,
  path: string | undefined,
): StepState | undefined {
  for (const [blockId, load] of loads) {
    const number = stepNumberIn(blockId, path);
    if (number !== undefined) return load.data?.steps[number - 1];
  }
  return undefined;
}

/**
 * The failed or paused step of the open blocks, whose log answers "why did
 * it stop?" before anyone asks.
 */
function firstStepNeedingAttention(
  loads: ReadonlyMap<string, StepBlockLoad>,
): string | undefined {
  for (const [blockId, load] of loads) {
    const index =
      load.data?.steps.findIndex((step) => stepNeedsAttention(step.state)) ??
      -1;
    if (index >= 0) return stepPathOf(blockId, index + 1);
  }
  return undefined;
}

export function TaskPlan({ task }: { readonly task: TaskWithBlock }) {
  const [expansion, setExpansion] = useState<Expansion>(new Map());
  // undefined until a person chooses; null once they closed the log.
  const [chosenStep, setChosenStep] = useState<string | null>();
  const blocks = topBlocks(task);
  const openIds = openStepBlocks(blocks, expansion);

  const results = useQueries({
    queries: openIds.map((blockId) => blockStepsQuery(task.id, blockId)),
  });
  const loads = new Map<string, StepBlockLoad>(
    openIds.map((blockId, index) => {
      const result = results[index];
      const problem = result?.isError
        ? describeProblem(result.error).title
        : undefined;
      return [blockId, { data: result?.data, problem }];
    }),
  );

  const selectedStep =
    chosenStep === undefined ? firstStepNeedingAttention(loads) : chosenStep;

  if (blocks.length === 0) {
    return <p>XL Deploy sent no plan for this task.</p>;
  }

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <section aria-labelledby="plan-heading" className="min-w-0">
        <h2 id="plan-heading" className="mb-2 text-lg font-semibold">
          Plan
        </h2>
        <BlockTree
          label={`Plan of ${task.description || task.id}`}
          blocks={blocks}
          expansion={expansion}
          onToggle={(blockId, open) => {
            setExpansion((before) => new Map(before).set(blockId, open));
          }}
          stepBlocks={loads}
          selectedStep={selectedStep ?? undefined}
          onOpenStep={setChosenStep}
        />
      </section>
      {typeof selectedStep === 'string' && (
        <div className="min-w-0 xl:sticky xl:top-4 xl:self-start">
          <StepLogPanel
            key={selectedStep}
            taskId={task.id}
            stepPath={selectedStep}
            step={findStep(loads, selectedStep)}
            onClose={() => {
              setChosenStep(null);
            }}
          />
        </div>
      )}
    </div>
  );
}
