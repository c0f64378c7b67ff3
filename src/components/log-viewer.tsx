// A step's log in a monospace box that keeps every space and tab. Only the
// lines in view are drawn, so a log of millions of lines scrolls freely.
import { useMemo } from 'react';
import { splitLog } from './log-lines.ts';
import { remInPx, useVirtualWindow } from './virtual-window.ts';

const LINE_REM = 1.25;
const BOX_SHARE = 0.7;

interface LogViewerProps {
  readonly label: string;
  readonly text: string;
}

export function LogViewer({ label, text }: LogViewerProps) {
  const { lines, widestChars } = useMemo(() => splitLog(text), [text]);
  const linePx = LINE_REM * remInPx();
  const boxPx = Math.min(
    lines.length * linePx + 16,
    Math.max(linePx * 8, window.innerHeight * BOX_SHARE),
  );
  const { first, last, onScroll } = useVirtualWindow(
    lines.length,
    linePx,
    boxPx,
  );

  const drawn: number[] = [];
  for (let index = first; index < last; index++) drawn.push(index);

  return (
    <div
      role="log"
      aria-live="off"
      aria-label={label}
      tabIndex={0}
      onScroll={onScroll}
      style={{ height: boxPx }}
      className="overflow-auto rounded bg-slate-950 p-2 font-mono text-sm text-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500"
    >
      <div
        className="relative"
        style={{
          height: lines.length * linePx,
          minWidth: `${widestChars + 1}ch`,
        }}
      >
        {drawn.map((index) => (
          <div
            key={index}
            data-log-line
            className="absolute inset-x-0 whitespace-pre"
            style={{
              top: index * linePx,
              height: linePx,
              lineHeight: `${linePx}px`,
            }}
          >
            {lines[index]}
          </div>
        ))}
      </div>
    </div>
  );
}
