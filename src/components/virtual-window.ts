// Fixed-height row virtualisation: only the rows inside a scroll box (and a
// few either side) are in the DOM, so a block of thousands of steps or a log
// of millions of lines costs what the screen shows.
import { useCallback, useState, type UIEvent } from 'react';

/** Rows drawn beyond each edge, so a quick scroll shows no gap. */
const OVERSCAN = 3;

export interface VirtualWindow {
  readonly first: number;
  /** One past the last row drawn. */
  readonly last: number;
  readonly onScroll: (event: UIEvent<HTMLElement>) => void;
}

/** The root font size in px, so rows sized in rem follow wall mode. */
export function remInPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export function useVirtualWindow(
  count: number,
  rowPx: number,
  viewportPx: number,
  initialTop = 0,
): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(initialTop);

  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
  }, []);

  // A shorter list (a poll, a new log) may leave the offset past its end.
  const top = Math.min(scrollTop, Math.max(0, count * rowPx - viewportPx));
  const first = Math.max(0, Math.floor(top / rowPx) - OVERSCAN);
  const visible = Math.ceil(viewportPx / rowPx) + 2 * OVERSCAN;
  return { first, last: Math.min(count, first + visible), onScroll };
}
