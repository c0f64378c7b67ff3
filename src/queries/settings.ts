// What the dashboard's server allows, from `GET /api/settings`.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createLogger } from '../log.ts';

const log = createLogger('settings');

export interface DashboardSettings {
  /** Whether the server lets this dashboard start tasks. */
  readonly startAllowed: boolean;
  /** Why actions are off when the settings could not be read. */
  readonly unreadable: string | undefined;
}

const ACTIONS_OFF_UNREADABLE = (reason: string): DashboardSettings => ({
  startAllowed: false,
  unreadable: reason,
});

function readStartFlag(body: unknown): boolean | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const actions = (body as { actions?: unknown }).actions;
  if (typeof actions !== 'object' || actions === null) return undefined;
  const start = (actions as { start?: unknown }).start;
  return typeof start === 'boolean' ? start : undefined;
}

/**
 * Reads the settings; any failure means actions stay off, with the reason,
 * since a screen must never offer an action the server did not allow.
 */
export async function fetchSettings(
  signal?: AbortSignal,
): Promise<DashboardSettings> {
  try {
    const response = await fetch('/api/settings', { signal: signal ?? null });
    if (!response.ok) {
      return ACTIONS_OFF_UNREADABLE(`the server answered ${response.status}`);
    }
    const start = readStartFlag(await response.json());
    if (start === undefined) {
      return ACTIONS_OFF_UNREADABLE('the server’s answer has no actions');
    }
    return { startAllowed: start, unreadable: undefined };
  } catch (error) {
    if (signal?.aborted === true) throw error;
    log.info(`settings unreadable: ${String(error)}`);
    return ACTIONS_OFF_UNREADABLE('the server did not answer');
  }
}

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: ({ signal }) => fetchSettings(signal),
  // The team may switch actions on or off while a screen runs.
  refetchInterval: 60_000,
  refetchIntervalInBackground: true,
  staleTime: 30_000,
});

export function useSettings() {
  return useQuery(settingsQuery);
}
