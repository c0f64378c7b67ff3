// "A team's morning": about fifteen tasks across the team's applications
// and DEV, TEST, ACC and PROD, in every state a release manager meets,
// with a history of archived tasks and new tasks arriving over time.
import { addHistory } from './history.ts';
import { startLife } from './life.ts';
import { haltedTasks } from './morning-halted.ts';
import { runningTasks } from './morning-running.ts';
import { waitingTasks } from './morning-waiting.ts';
import { replay, type Scenario } from './scenario.ts';

export const morning: Scenario = {
  name: 'morning',
  summary:
    'A team’s morning: about fifteen tasks in every state, and more arriving',
  load(context) {
    addHistory(context);
    replay(context, [
      ...runningTasks(context),
      ...haltedTasks(context),
      ...waitingTasks(context),
    ]);
    startLife(context);
  },
};
