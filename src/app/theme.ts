// Light or dark: the system's choice unless the screen says otherwise, in
// its URL (`?theme=dark`, for a bookmarked wall screen) or by the toggle,
// which is remembered in this browser.
import { useEffect, useState, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'xld-dashboard:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

function storedChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    // Storage may be off (private mode, kiosk browsers): follow the system.
    return 'system';
  }
}

function subscribeToSystem(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
}

function systemIsDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

function applyDark(dark: boolean): void {
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/**
 * Sets the theme before the first render, so that a dark wall screen does
 * not flash light on every reload.
 */
export function applyThemeBeforeRender(): void {
  const urlChoice = new URL(window.location.href).searchParams.get('theme');
  const choice = isThemeChoice(urlChoice) ? urlChoice : storedChoice();
  applyDark(choice === 'dark' || (choice === 'system' && systemIsDark()));
}

export function useTheme(urlChoice: string | null) {
  const [stored, setStored] = useState<ThemeChoice>(storedChoice);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemIsDark);
  const choice = isThemeChoice(urlChoice) ? urlChoice : stored;
  const dark = choice === 'dark' || (choice === 'system' && systemDark);

  useEffect(() => {
    applyDark(dark);
  }, [dark]);

  const choose = (next: ThemeChoice) => {
    setStored(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but applied for this visit.
    }
  };

  return { choice, dark, fixedByUrl: isThemeChoice(urlChoice), choose };
}
