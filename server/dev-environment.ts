// The settings `npm start` reads: `.env`, `.env.local` and their per-mode
// variants, as Vite users expect, with the process environment winning.
import { loadEnv } from 'vite';

export type Environment = Readonly<Record<string, string | undefined>>;

export function readDevEnvironment(mode: string, root: string): Environment {
  // The empty prefix reads every variable, not only VITE_ ones; these stay
  // on the server: the bundle only ever sees Vite's `envPrefix` variables.
  return { ...loadEnv(mode, root, ''), ...process.env };
}
