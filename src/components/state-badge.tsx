// A state as colour, icon and word together, so that no reader depends on
// telling colours apart. Colours follow the Okabe-Ito palette's hues.

export type Tone =
  'failed' | 'stopped' | 'running' | 'waiting' | 'idle' | 'done' | 'unknown';

const TONE_BY_STATE: Readonly<Record<string, Tone>> = {
  FAILED: 'failed',
  FAILING: 'failed',
  ABORTED: 'failed',
  ABORTING: 'failed',
  STOPPED: 'stopped',
  STOPPING: 'stopped',
  PAUSED: 'stopped',
  EXECUTING: 'running',
  QUEUED: 'waiting',
  REGISTERED: 'waiting',
  SCHEDULED: 'waiting',
  PENDING: 'idle',
  SKIP: 'idle',
  SKIPPED: 'idle',
  EXECUTED: 'done',
  DONE: 'done',
  CANCELLED: 'idle',
};

/** Icons differ in shape, not only colour. */
const ICON_BY_STATE: Readonly<Record<string, string>> = {
  FAILED: '✕',
  FAILING: '✕',
  ABORTED: '⊘',
  ABORTING: '⊘',
  STOPPED: '■',
  STOPPING: '■',
  PAUSED: '❚❚',
  EXECUTING: '▶',
  QUEUED: '⋯',
  REGISTERED: '⋯',
  SCHEDULED: '◷',
  PENDING: '○',
  SKIP: '↷',
  SKIPPED: '↷',
  EXECUTED: '✓',
  DONE: '✓',
  CANCELLED: '–',
};

// Light classes, then their dark counterparts, one line each.
export const TONE_CLASSES: Readonly<Record<Tone, string>> = {
  failed: [
    'bg-red-100 text-red-900 ring-red-700',
    'dark:bg-red-950 dark:text-red-100 dark:ring-red-400',
  ].join(' '),
  stopped: [
    'bg-amber-100 text-amber-950 ring-amber-600',
    'dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-400',
  ].join(' '),
  running: [
    'bg-sky-100 text-sky-950 ring-sky-700',
    'dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-400',
  ].join(' '),
  waiting: [
    'bg-violet-100 text-violet-950 ring-violet-700',
    'dark:bg-violet-950 dark:text-violet-100 dark:ring-violet-400',
  ].join(' '),
  idle: [
    'bg-slate-100 text-slate-900 ring-slate-500',
    'dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-400',
  ].join(' '),
  done: [
    'bg-teal-100 text-teal-950 ring-teal-700',
    'dark:bg-teal-950 dark:text-teal-100 dark:ring-teal-400',
  ].join(' '),
  unknown: [
    'bg-white text-slate-900 ring-slate-900',
    'dark:bg-slate-900 dark:text-white dark:ring-white',
  ].join(' '),
};

/** The edge colour of a card or row in a tone. */
export const TONE_BORDERS: Readonly<Record<Tone, string>> = {
  failed: 'border-red-700 dark:border-red-400',
  stopped: 'border-amber-500 dark:border-amber-400',
  running: 'border-sky-700 dark:border-sky-400',
  waiting: 'border-violet-700 dark:border-violet-400',
  idle: 'border-slate-400 dark:border-slate-500',
  done: 'border-teal-700 dark:border-teal-400',
  unknown: 'border-slate-900 dark:border-white',
};

export function toneOf(state: string): Tone {
  return TONE_BY_STATE[state] ?? 'unknown';
}

interface StateBadgeProps {
  /** The state as the server wrote it; shown verbatim. */
  readonly stateText: string;
  readonly size?: 'normal' | 'small';
}

export function StateBadge({ stateText, size = 'normal' }: StateBadgeProps) {
  const word = stateText === '' ? 'UNKNOWN' : stateText;
  const sizeClasses =
    size === 'small' ? 'px-1.5 text-xs' : 'px-2 py-0.5 text-sm';

  return (
    <span
      className={`inline-flex items-center gap-1 rounded font-semibold tracking-wide ring-1 ${sizeClasses} ${TONE_CLASSES[toneOf(word)]}`}
    >
      <span aria-hidden="true">{ICON_BY_STATE[word] ?? '?'}</span>
      <span>{word}</span>
    </span>
  );
}
