// The overview's filters live in the query string, so a wall screen's setup
// is a bookmark: `/?environment=PROD&environment=ACC&state=FAILED`.
import type { TaskState } from '../xld/types.ts';

export interface OverviewFilters {
  readonly environments: readonly string[];
  readonly applications: readonly string[];
  readonly states: readonly string[];
}

export type FilterName = keyof OverviewFilters;

export const FILTER_PARAMS: Readonly<Record<FilterName, string>> = {
  environments: 'environment',
  applications: 'application',
  states: 'state',
};

export function readFilters(url: URL): OverviewFilters {
  const all = (name: FilterName) =>
    url.searchParams.getAll(FILTER_PARAMS[name]);
  return {
    environments: all('environments'),
    applications: all('applications'),
    states: all('states'),
  };
}

/** The same URL with one value of one filter switched on or off. */
export function toggledFilterHref(
  url: URL,
  name: FilterName,
  value: string,
): string {
  const params = new URLSearchParams(url.search);
  const param = FILTER_PARAMS[name];
  const values = params.getAll(param);
  params.delete(param);

  const next = values.includes(value)
    ? values.filter((other) => other !== value)
    : [...values, value];
  for (const kept of next) params.append(param, kept);
  return hrefWith(url, params);
}

export function clearedFiltersHref(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const param of Object.values(FILTER_PARAMS)) params.delete(param);
  return hrefWith(url, params);
}

function hrefWith(url: URL, params: URLSearchParams): string {
  const query = params.toString();
  return query === '' ? url.pathname : `${url.pathname}?${query}`;
}

export function hasFilters(filters: OverviewFilters): boolean {
  return Object.values(filters).some(
    (values: readonly string[]) => values.length > 0,
  );
}

/** `environment PROD or ACC, state FAILED`: what a screen shows, in words. */
export function describeFilters(filters: OverviewFilters): string {
  const parts = (Object.keys(FILTER_PARAMS) as FilterName[])
    .filter((name) => filters[name].length > 0)
    .map((name) => `${FILTER_PARAMS[name]} ${filters[name].join(' or ')}`);
  return parts.join(', ');
}

function matches(selected: readonly string[], value: string | undefined) {
  return selected.length === 0 || selected.includes(value ?? '');
}

/** Environment and application filters, without the state filter. */
export function matchesPlace(task: TaskState, filters: OverviewFilters) {
  return (
    matches(filters.environments, task.metadata.environment) &&
    matches(filters.applications, task.metadata.application)
  );
}

export function matchesState(task: TaskState, filters: OverviewFilters) {
  return matches(filters.states, task.stateText);
}

/** The distinct values of a metadata key, sorted, for the filter choices. */
export function distinctMetadata(
  tasks: readonly TaskState[],
  key: string,
): string[] {
  const values = new Set<string>();
  for (const task of tasks) {
    const value = task.metadata[key];
    if (value !== undefined && value !== '') values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}
