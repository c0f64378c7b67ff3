// A labelled row of toggle buttons, one per value, each with its count.
import type { ReactNode } from 'react';

export interface FilterChoice {
  readonly value: string;
  readonly count: number;
  /** Shown instead of the plain value, such as a state's badge. */
  readonly content?: ReactNode;
}

interface FilterGroupProps {
  readonly label: string;
  readonly choices: readonly FilterChoice[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string) => void;
}

const CHOICE =
  'inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm';
const PRESSED = [
  'border-slate-900 bg-slate-900 text-white',
  'dark:border-white dark:bg-white dark:text-slate-900',
].join(' ');
const NOT_PRESSED = [
  'border-slate-400 bg-white text-slate-900 hover:bg-slate-100',
  'dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100',
  'dark:hover:bg-slate-800',
].join(' ');

export function FilterGroup(props: FilterGroupProps) {
  const { label, choices, selected, onToggle } = props;
  if (choices.length === 0) return null;

  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      <span className="self-center text-sm font-semibold text-slate-700 dark:text-slate-200">
        {label}
      </span>
      {choices.map((choice) => {
        const pressed = selected.includes(choice.value);
        return (
          <button
            key={choice.value}
            type="button"
            aria-pressed={pressed}
            onClick={() => {
              onToggle(choice.value);
            }}
            className={`${CHOICE} ${pressed ? PRESSED : NOT_PRESSED}`}
          >
            {choice.content ?? <span>{choice.value}</span>}
            <span className="font-semibold tabular-nums">{choice.count}</span>
          </button>
        );
      })}
    </div>
  );
}
