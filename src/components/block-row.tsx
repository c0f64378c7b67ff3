// The visible line of a block in the tree: open or closed, what it does,
// its state, and marks for active and failed blocks.
import { countSteps } from '../xld/states.ts';
import type { BlockState, StepBlockState } from '../xld/types.ts';
import { StateBadge, TONE_BORDERS, toneOf } from './state-badge.tsx';

interface BlockRowProps {
  readonly block: BlockState;
  readonly open: boolean;
  readonly steps: StepBlockState | undefined;
  readonly onClick: () => void;
}

const ACTIVE = new Set(['EXECUTING', 'FAILING', 'ABORTING']);

function kindWord(block: BlockState): string {
  if (block.kind === 'step') return 'Step block';
  if (block.phase) return 'Phase';
  return block.parallel ? 'Parallel blocks' : 'Blocks';
}

export function BlockRow({ block, open, steps, onClick }: BlockRowProps) {
  const active = ACTIVE.has(block.state);
  const tone = toneOf(block.stateText);

  return (
    <div
      onClick={onClick}
      className={`tree-row flex cursor-pointer flex-wrap items-center gap-2 rounded border-l-4 px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${TONE_BORDERS[tone]} ${active ? 'bg-sky-50 font-semibold dark:bg-sky-950' : ''}`}
    >
      <span aria-hidden="true" className="w-4 text-center">
        {open ? '▾' : '▸'}
      </span>
      <span className="text-xs text-slate-600 uppercase dark:text-slate-300">
        {kindWord(block)}
      </span>
      <span>{block.description || block.id}</span>
      <StateBadge stateText={block.stateText} size="small" />
      {active && (
        <span className="text-sm text-sky-800 dark:text-sky-300">
          <span aria-hidden="true">● </span>active
        </span>
      )}
      {steps !== undefined && <StepCounts steps={steps} />}
    </div>
  );
}

function StepCounts({ steps }: { readonly steps: StepBlockState }) {
  const { done, total, failed } = countSteps(steps.steps);
  return (
    <span className="text-sm text-slate-600 tabular-nums dark:text-slate-300">
      {done} of {total} steps done
      {failed > 0 && (
        <span className="font-semibold text-red-800 dark:text-red-300">
          , {failed} failed
        </span>
      )}
    </span>
  );
}
