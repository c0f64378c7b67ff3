// Every metadata key of a task, the documented ones first, in their order,
// then whatever else the server sent.
import type { TaskMetadata } from '../xld/types.ts';

const KNOWN_KEYS: readonly (readonly [string, string])[] = [
  ['application', 'Application'],
  ['version', 'Version'],
  ['environment', 'Environment'],
  ['environment_id', 'Environment id'],
  ['taskType', 'Task type'],
];

export function MetadataPanel({
  metadata,
}: {
  readonly metadata: TaskMetadata;
}) {
  const known = new Set(KNOWN_KEYS.map(([key]) => key));
  const others = Object.keys(metadata)
    .filter((key) => !known.has(key))
    .sort((a, b) => a.localeCompare(b));
  const rows: (readonly [string, string])[] = [
    ...KNOWN_KEYS.filter(([key]) => key in metadata),
    ...others.map((key) => [key, key] as const),
  ];

  return (
    <section aria-labelledby="metadata-heading">
      <h2 id="metadata-heading" className="mb-2 text-lg font-semibold">
        Metadata
      </h2>
      {rows.length === 0 ? (
        <p>The server sent no metadata for this task.</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows.map(([key, label]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600 dark:text-slate-300">{label}</dt>
              <dd className="font-medium break-all">{metadata[key]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
