import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../queries/query-client.ts';
import { OverviewView } from '../views/overview-view.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <OverviewView />
    </QueryClientProvider>
  );
}
