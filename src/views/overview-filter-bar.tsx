// Filters by state (with counts), environment and application.
import type { TaskState } from '../xld/types.ts';
import { navigate } from '../app/router.ts';
import { FilterGroup, type FilterChoice } from '../components/filter-group.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { attentionRank } from '../xld/states.ts';
import {
  clearedFiltersHref,
  distinctMetadata,
  hasFilters,
  matchesPlace,
  toggledFilterHref,
  type FilterName,
  type OverviewFilters,
} from './overview-filters.ts';

interface OverviewFilterBarProps {
  readonly location: URL;
  readonly tasks: readonly TaskState[];
  /** Tasks that pass the environment and application filters. */
  readonly inPlace: readonly TaskState[];
  readonly filters: OverviewFilters;
}

function countBy(
  tasks: readonly TaskState[],
  valueOf: (task: TaskState) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) {
    const value = valueOf(task);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Values in the data plus the ones the URL asks for, even if absent now. */
function choices(
  values: readonly string[],
  selected: readonly string[],
  counts: Map<string, number>,
): FilterChoice[] {
  const all = [...new Set([...values, ...selected])];
  return all.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

function stateChoices(
  inPlace: readonly TaskState[],
  selected: readonly string[],
): FilterChoice[] {
  const counts = countBy(inPlace, (task) => task.stateText);
  const states = [...new Set([...counts.keys(), ...selected])];
  const rank = (state: string) =>
    attentionRank(
      inPlace.find((task) => task.stateText === state)?.state ?? 'UNKNOWN',
    );
  states.sort((a, b) => rank(a) - rank(b));

  return states.map((state) => ({
    value: state,
    count: counts.get(state) ?? 0,
    content: <StateBadge stateText={state} size="small" />,
  }));
}

export function OverviewFilterBar(props: OverviewFilterBarProps) {
  const { location, tasks, inPlace, filters } = props;
  const toggle = (name: FilterName) => (value: string) => {
    navigate(toggledFilterHref(location, name, value), { replace: true });
  };

  // Each place filter counts the tasks the other place filter lets through.
  const byApplication = tasks.filter((task) =>
    matchesPlace(task, { ...filters, environments: [] }),
  );
  const byEnvironment = tasks.filter((task) =>
    matchesPlace(task, { ...filters, applications: [] }),
  );

  return (
    <section aria-label="Filters" className="filter-bar mb-4 space-y-2">
      <FilterGroup
        label="State"
        choices={stateChoices(inPlace, filters.states)}
        selected={filters.states}
        onToggle={toggle('states')}
      />
      <FilterGroup
        label="Environment"
        choices={choices(
          distinctMetadata(tasks, 'environment'),
          filters.environments,
          countBy(byApplication, (task) => task.metadata.environment),
        )}
        selected={filters.environments}
        onToggle={toggle('environments')}
      />
      <FilterGroup
        label="Application"
        choices={choices(
          distinctMetadata(tasks, 'application'),
          filters.applications,
          countBy(byEnvironment, (task) => task.metadata.application),
        )}
        selected={filters.applications}
        onToggle={toggle('applications')}
      />
      {hasFilters(filters) && (
        <button
          type="button"
          onClick={() => {
            navigate(clearedFiltersHref(location), { replace: true });
          }}
          className="text-sm underline"
        >
          Clear filters
        </button>
      )}
    </section>
  );
}
