// A small router on the History API: the path picks the view, the query
// string holds a screen's setup (filters, theme, wall mode), so that any
// screen is a bookmark and survives a reload.
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'dashboard:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentHref(): string {
  const { pathname, search } = window.location;
  return pathname + search;
}

/** The path and query string, re-rendering on every navigation. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, currentHref);
  return new URL(href, window.location.origin);
}

export function navigate(href: string, options: { replace?: boolean } = {}) {
  if (options.replace === true) {
    window.history.replaceState(null, '', href);
  } else {
    window.history.pushState(null, '', href);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export type Route =
  | { readonly view: 'overview' }
  | { readonly view: 'task'; readonly taskId: string }
  | { readonly view: 'not-found'; readonly path: string };

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { view: 'overview' };

  const task = /^\/tasks\/([^/]+)\/?$/.exec(pathname);
  if (task?.[1] !== undefined) {
    return { view: 'task', taskId: decodeURIComponent(task[1]) };
  }
  return { view: 'not-found', path: pathname };
}

/** Settings that follow the screen from view to view. */
const SCREEN_PARAMS = ['theme', 'wall'];

/** A link target that keeps the screen's theme and wall mode. */
export function hrefKeepingScreen(path: string, from: URL): string {
  const kept = new URLSearchParams();
  for (const name of SCREEN_PARAMS) {
    const value = from.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query === '' ? path : `${path}?${query}`;
}
