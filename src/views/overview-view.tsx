import { ProgressBar } from '../components/progress-bar.tsx';
import { useCurrentTasks } from '../queries/current-tasks.ts';

export function OverviewView() {
  const { data: tasks, error } = useCurrentTasks();

  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">Current tasks</h1>
      {error !== null && <p role="alert">{error.message}</p>}
      <ul className="space-y-3">
        {tasks?.map((task) => (
          <li key={task.id} className="rounded border p-3">
            <p className="font-medium">{task.description}</p>
            <p className="text-sm">{task.stateText}</p>
            <ProgressBar
              label={`Progress of ${task.description}`}
              value={task.currentStep}
              max={task.totalSteps}
            />
          </li>
        ))}
      </ul>
    </main>
  );
}
