import {
  QueryClientProvider,
  useQueryErrorResetBoundary,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createQueryClient } from '../queries/query-client.ts';
import { NotFoundView } from '../views/not-found-view.tsx';
import { OverviewView } from '../views/overview-view.tsx';
import { TaskDetailView } from '../views/task-detail-view.tsx';
import { AppHeader } from './app-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { matchRoute, useLocation } from './router.ts';
import { useTheme } from './theme.ts';

function CurrentView({ location }: { readonly location: URL }) {
  const route = matchRoute(location.pathname);
  switch (route.view) {
    case 'overview':
      return <OverviewView />;
    case 'task':
      return <TaskDetailView key={route.taskId} taskId={route.taskId} />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
  }
}

function Screen() {
  const location = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  const theme = useTheme(location.searchParams.get('theme'));
  const wall = location.searchParams.has('wall');

  useEffect(() => {
    document.documentElement.classList.toggle('wall', wall);
  }, [wall]);

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-50">
      <AppHeader
        location={location}
        theme={theme.choice}
        dark={theme.dark}
        onTheme={theme.choose}
        wall={wall}
      />
      <ErrorBoundary key={location.pathname} onReset={reset}>
        <CurrentView location={location} />
      </ErrorBoundary>
    </div>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary>
        <Screen />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
