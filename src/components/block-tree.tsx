// The plan of a task as an ARIA tree: phases and blocks nest, a step block
// shows its steps when opened. One item is in the tab order at a time and
// the arrow keys move through the tree (WAI-ARIA tree pattern).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BlockState, StepBlockState } from '../xld/types.ts';
import {
  isOpen,
  moveFor,
  visibleItems,
  type Expansion,
  type TreeItem,
} from './block-tree-model.ts';
import { BlockRow } from './block-row.tsx';
import { StepGroup, type StepBlockLoad } from './step-group.tsx';

export interface BlockTreeProps {
  readonly label: string;
  readonly blocks: readonly BlockState[];
  readonly expansion: Expansion;
  readonly onToggle: (blockId: string, open: boolean) => void;
  /** What is known of each opened step block's steps. */
  readonly stepBlocks: ReadonlyMap<string, StepBlockLoad>;
  readonly selectedStep: string | undefined;
  readonly onOpenStep: (stepPath: string) => void;
}

interface NodeContext extends BlockTreeProps {
  readonly tabbableKey: string | undefined;
  readonly focusedKey: string | undefined;
  readonly onFocusItem: (key: string) => void;
}

function loadedSteps(load: StepBlockLoad | undefined) {
  return load?.data;
}

export function BlockTree(props: BlockTreeProps) {
  const { blocks, expansion, stepBlocks, onToggle, onOpenStep } = props;
  const [focusedKey, setFocusedKey] = useState<string>();
  const treeRef = useRef<HTMLUListElement>(null);
  const focusAfterRender = useRef(false);

  const items: TreeItem[] = visibleItems(blocks, expansion, (id) =>
    loadedSteps(stepBlocks.get(id)),
  );
  const tabbableKey = items.some((item) => item.key === focusedKey)
    ? focusedKey
    : items[0]?.key;

  useEffect(() => {
    if (!focusAfterRender.current || tabbableKey === undefined) return;
    focusAfterRender.current = false;
    const selector = `[data-key=${JSON.stringify(tabbableKey)}]`;
    treeRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (tabbableKey === undefined) return;
    const move = moveFor(event.key, items, tabbableKey, expansion);
    if (move.type === 'none') return;
    event.preventDefault();
    event.stopPropagation();

    if (move.type === 'focus') {
      focusAfterRender.current = true;
      setFocusedKey(move.key);
    } else if (move.type === 'toggle') {
      onToggle(move.key, move.open);
    } else {
      onOpenStep(move.key);
    }
  };

  const context: NodeContext = {
    ...props,
    tabbableKey,
    focusedKey: tabbableKey,
    onFocusItem: setFocusedKey,
  };

  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label={props.label}
      onKeyDown={onKeyDown}
      className="space-y-1"
    >
      {blocks.map((block, index) => (
        <BlockNode
          key={block.id}
          block={block}
          level={1}
          position={index + 1}
          siblings={blocks.length}
          context={context}
        />
      ))}
    </ul>
  );
}

interface BlockNodeProps {
  readonly block: BlockState;
  readonly level: number;
  readonly position: number;
  readonly siblings: number;
  readonly context: NodeContext;
}

function BlockNode(props: BlockNodeProps) {
  const { block, level, position, siblings, context } = props;
  const open = isOpen(block, context.expansion);
  const load = context.stepBlocks.get(block.id);

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={position}
      aria-setsize={siblings}
      aria-expanded={open}
      aria-label={block.description || block.id}
      data-key={block.id}
      tabIndex={context.tabbableKey === block.id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) context.onFocusItem(block.id);
      }}
      className="outline-none [&:focus-visible>.tree-row]:ring-2 [&:focus-visible>.tree-row]:ring-sky-600"
    >
      <BlockRow
        block={block}
        open={open}
        steps={loadedSteps(load)}
        onClick={() => {
          context.onFocusItem(block.id);
          context.onToggle(block.id, !open);
        }}
      />
      {open && block.kind === 'composite' && (
        <ul
          role="group"
          className="ml-5 space-y-1 border-l border-slate-300 pl-2 dark:border-slate-700"
        >
          {block.blocks.map((child, index) => (
            <BlockNode
              key={child.id}
              block={child}
              level={level + 1}
              position={index + 1}
              siblings={block.blocks.length}
              context={context}
            />
          ))}
        </ul>
      )}
      {open && block.kind === 'step' && (
        <StepGroup
          blockId={block.id}
          level={level + 1}
          load={load}
          tabbableKey={context.tabbableKey}
          focusedKey={context.focusedKey}
          selectedStep={context.selectedStep}
          onFocusStep={context.onFocusItem}
          onOpenStep={context.onOpenStep}
        />
      )}
    </li>
  );
}

export type { StepBlockLoad, StepBlockState };
