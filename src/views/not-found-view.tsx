import { Link } from '../app/link.tsx';

export function NotFoundView({ path }: { readonly path: string }) {
  return (
    <main className="mx-auto max-w-2xl space-y-3 p-8">
      <h1 className="text-2xl font-semibold">No such page</h1>
      <p>
        The dashboard has nothing at <code>{path}</code>.
      </p>
      <Link href="/" className="underline">
        Show the current tasks
      </Link>
    </main>
  );
}
