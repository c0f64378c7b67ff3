// What the simulator's busiest answers cost, through the same handlers the
// standalone server uses: the v1 list of 200 current tasks, the block tree
// of the 3,000-step task, its 1,200-step block with steps, and loading the
// morning (which replays days of history through the engine). Each figure
// is the median of several runs, in milliseconds.
import { getResponse, type RequestHandler } from 'msw';
import { createManualClock } from '../simulator/clock.ts';
import { createHandlers } from '../simulator/handlers.ts';
import { createSimulation } from '../simulator/simulation.ts';
import { DEFAULT_USERS } from '../simulator/users.ts';
import { report } from './report.ts';

const RUNS = 21;
const AUTH = { Authorization: `Basic ${btoa('admin:admin')}` };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeRuns(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function fetcher(handlers: RequestHandler[]) {
  return async (path: string) => {
    const request = new Request(`http://bench.test/deployit${path}`, {
      headers: AUTH,
    });
    const response = await getResponse(handlers, request);
    return response?.text();
  };
}

function simulation(scenario: string) {
  const clock = createManualClock(Date.UTC(2026, 11, 3, 9));
  const engine = createSimulation({ clock: clock.now, scenario });
  const get = fetcher(createHandlers(engine, { users: DEFAULT_USERS }));
  return { clock, engine, get };
}

export default async function benchSimulator(): Promise<void> {
  const load = await timeRuns(() => Promise.resolve(simulation('morning')));
  report('simulator.morning_load', load, 'ms');

  const crowded = simulation('two-hundred');
  report(
    'simulator.current_all_200_tasks',
    await timeRuns(() => crowded.get('/task/current/all')),
    'ms',
  );

  const { engine, clock, get } = simulation('morning');
  const large = engine.currentTasks().find((task) => task.steps.length >= 3000);
  if (large === undefined) throw new Error('The morning has a large task');
  report(
    'simulator.task_with_block_3000_steps',
    await timeRuns(() => get(`/tasks/v2/${large.id}`)),
    'ms',
  );
  report(
    'simulator.block_steps_1200_steps',
    await timeRuns(() => get(`/tasks/v2/${large.id}/block/0_1_1/step`)),
    'ms',
  );
  report(
    'simulator.one_hour_replayed',
    await timeRuns(() => {
      clock.advance(3600_000);
      return Promise.resolve(engine.currentTasks());
    }),
    'ms',
  );
}
