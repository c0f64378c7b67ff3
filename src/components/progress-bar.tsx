interface ProgressBarProps {
  readonly label: string;
  readonly value: number;
  readonly max: number;
}

export function ProgressBar({ label, value, max }: ProgressBarProps) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuenow={value}
      aria-valuemax={max}
      className="h-3 w-full overflow-hidden rounded bg-slate-200"
    >
      <div className="h-full bg-blue-600" style={{ width: `${percent}%` }} />
    </div>
  );
}
