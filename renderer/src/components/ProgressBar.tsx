export interface ProgressBarProps {
  /** 0..1, or null while the amount is unknown. */
  value: number | null;
  label: string;
}

export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined}>
      <div className={percent === null ? 'progress__bar progress__bar--indeterminate' : 'progress__bar'} style={percent === null ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
