// The bar above every view: the way home, the theme and the wall mode.
import { Link } from './link.tsx';
import { hrefKeepingScreen, navigate } from './router.ts';
import type { ThemeChoice } from './theme.ts';

interface AppHeaderProps {
  readonly location: URL;
  readonly theme: ThemeChoice;
  readonly dark: boolean;
  readonly onTheme: (next: ThemeChoice) => void;
  readonly wall: boolean;
}

function withParam(location: URL, name: string, value: string | null) {
  const params = new URLSearchParams(location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  return query === '' ? location.pathname : `${location.pathname}?${query}`;
}

// A pressed toggle is drawn filled, so a glance tells which mode is on.
const BUTTON = [
  'rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100',
  'dark:border-slate-500 dark:hover:bg-slate-800',
  'aria-pressed:bg-slate-800 aria-pressed:text-white',
  'dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900',
].join(' ');

export function AppHeader(props: AppHeaderProps) {
  const { location, dark, onTheme, wall } = props;
  const urlTheme = location.searchParams.get('theme');

  return (
    <header className="app-header flex flex-wrap items-center justify-between gap-3 border-b border-slate-300 px-4 py-2 sm:px-6 dark:border-slate-700">
      <Link
        href={hrefKeepingScreen('/', location)}
        className="text-lg font-bold tracking-tight"
      >
        XL Deploy tasks
      </Link>
      <div className="flex gap-2">
        <button
          type="button"
          aria-pressed={dark}
          onClick={() => {
            const next = dark ? 'light' : 'dark';
            // A theme fixed in the URL is changed there; else remembered.
            if (urlTheme !== null) {
              navigate(withParam(location, 'theme', next), { replace: true });
            } else {
              onTheme(next);
            }
          }}
          className={BUTTON}
        >
          Dark theme
        </button>
        <button
          type="button"
          aria-pressed={wall}
          onClick={() => {
            navigate(withParam(location, 'wall', wall ? null : '1'), {
              replace: true,
            });
          }}
          className={BUTTON}
        >
          Wall mode
        </button>
      </div>
    </header>
  );
}
