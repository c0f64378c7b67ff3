// The views' figures: the first-load JavaScript beside a bare app of the same
// stack, DOM mutations on polls that change nothing, the time to open a task
// of 3,000 steps beside one of 50, and the rows drawn for a large block.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './report.ts';
import {
  buildBareApp,
  buildDashboard,
  firstLoadGzipBytes,
} from './views/build-size.ts';
import {
  median,
  mutationsOverIdlePolls,
  notePaintTimes,
  openTask,
  rowsOfLargeBlock,
  type OpenTimes,
} from './views/measures.ts';
import { openSession, type Session } from './views/session.ts';

const RUNS = 9;
const IDLE_POLLS = 3;

async function measureFirstLoad(work: string): Promise<string> {
  const dashboard = join(work, 'dashboard');
  const bare = join(work, 'bare-app');
  await buildDashboard(dashboard);
  await buildBareApp(bare);

  const dashboardBytes = firstLoadGzipBytes(dashboard);
  const bareBytes = firstLoadGzipBytes(bare);
  report('views.first-load-js.dashboard', dashboardBytes / 1024, 'KiB gzip');
  report('views.first-load-js.bare-app', bareBytes / 1024, 'KiB gzip');
  report('views.first-load-js.ratio', dashboardBytes / bareBytes, 'x');
  return dashboard;
}

/**
 * A task of one step block of 50 steps, started so that its block runs and
 * opens by default, as the large task's running block does. The clock
 * stands still, so it stays on its first step.
 */
function addFiftyStepTask(session: Session): string {
  const id = randomUUID();
  session.simulator.engine.addTask({
    id,
    description: 'Benchmark deployment of 50 steps',
    metadata: { application: 'Bench', environment: 'DEV', version: '1.0' },
    phases: [
      {
        description: 'Deploy',
        block: {
          description: 'Deploy on bench-01',
          steps: Array.from({ length: 50 }, (_, index) => ({
            description: `Step ${index + 1} of the benchmark`,
          })),
        },
      },
    ],
  });
  session.simulator.engine.start(id);
  return id;
}

function largestTaskId(session: Session): string {
  const tasks = session.simulator.engine.currentTasks();
  const largest = tasks.reduce((a, b) =>
    b.steps.length > a.steps.length ? b : a,
  );
  return largest.id;
}

function reportOpen(name: string, small: number[], large: number[]) {
  const smallMs = median(small);
  const largeMs = median(large);
  report(`views.open-task.${name}.50-steps`, smallMs, 'ms');
  report(`views.open-task.${name}.3000-steps`, largeMs, 'ms');
  report(`views.open-task.${name}.ratio`, largeMs / smallMs, 'x');
}

/**
 * Opening by deep link, to the plan on screen and then to the steps of the
 * running block (1,200 steps in the large task, 50 in the small one).
 */
async function measureOpenTimes(session: Session) {
  const { page, baseUrl } = session;
  await notePaintTimes(page);
  const small = `${baseUrl}/tasks/${addFiftyStepTask(session)}`;
  const large = `${baseUrl}/tasks/${largestTaskId(session)}`;
  const smallRuns: OpenTimes[] = [];
  const largeRuns: OpenTimes[] = [];
  for (let run = 0; run < RUNS; run++) {
    smallRuns.push(await openTask(page, small));
    largeRuns.push(await openTask(page, large));
  }

  const plan = (runs: OpenTimes[]) => runs.map((times) => times.planMs);
  const steps = (runs: OpenTimes[]) => runs.map((times) => times.stepsMs);
  reportOpen('plan', plan(smallRuns), plan(largeRuns));
  reportOpen('with-steps', steps(smallRuns), steps(largeRuns));
  return large;
}

export default async function benchViews(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'views-bench-'));
  try {
    const dashboard = await measureFirstLoad(work);
    const session = await openSession(dashboard);
    try {
      const mutations = await mutationsOverIdlePolls(
        session.page,
        session.baseUrl,
        IDLE_POLLS,
      );
      report('views.idle-poll.dom-mutations', mutations, 'mutations');

      const large = await measureOpenTimes(session);
      const rows = await rowsOfLargeBlock(session.page, large);
      report('views.large-block.steps', rows.steps, 'steps');
      report('views.large-block.rows-drawn', rows.drawn, 'rows');
      report('views.large-block.rows-fitting-screen', rows.fitting, 'rows');
    } finally {
      await session.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
