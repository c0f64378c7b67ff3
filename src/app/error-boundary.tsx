// The last resort: a readable page instead of a blank one, and a way back
// that does not lose the screen's URL.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { createLogger } from '../log.ts';

const log = createLogger('app');

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Called before a retry, to clear errors kept elsewhere. */
  readonly onReset?: () => void;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

// React catches render errors only in class components.
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    log.error(`screen failed: ${error.message}${info.componentStack ?? ''}`);
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;

    return (
      <main role="alert" className="mx-auto max-w-2xl space-y-4 p-8">
        <h1 className="text-2xl font-semibold">This screen failed</h1>
        <p>
          The dashboard met an error it could not handle. The data in XL Deploy
          is not affected.
        </p>
        <pre className="overflow-auto rounded bg-slate-100 p-3 text-sm whitespace-pre-wrap dark:bg-slate-800">
          {error.message}
        </pre>
        <div className="flex gap-3">
          <button
            type="button"
            onClick={this.retry}
            className="rounded bg-sky-800 px-4 py-2 font-semibold text-white dark:bg-sky-300 dark:text-slate-950"
          >
            Try again
          </button>
          <a href={window.location.href} className="self-center underline">
            Reload the page
          </a>
        </div>
      </main>
    );
  }
}
