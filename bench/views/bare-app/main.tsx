// The smallest app of the dashboard's stack (React, react-query,
// fast-xml-parser, Tailwind): the yardstick of the first-load benchmark.
import {
  QueryClient,
  QueryClientProvider,
  useQuery,
} from '@tanstack/react-query';
import { XMLParser } from 'fast-xml-parser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const parser = new XMLParser({ ignoreAttributes: false });

async function readTasks(): Promise<unknown> {
  const response = await fetch('/deployit/task/current/all');
  return parser.parse(await response.text());
}

function Tasks() {
  const { data } = useQuery({ queryKey: ['tasks'], queryFn: readTasks });
  return <pre className="p-4 text-sm">{JSON.stringify(data)}</pre>;
}

const container = document.getElementById('root');
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <Tasks />
      </QueryClientProvider>
    </StrictMode>,
  );
}
