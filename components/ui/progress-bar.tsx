/**
 * The one progress bar (guide checklist, plan): a native <progress>, so screen readers announce
 * "n of m", styled the same in every browser and in light and dark.
 */
export function ProgressBar({ value, max, labelledBy, className = "" }: { value: number; max: number; labelledBy: string; className?: string }) {
  return (
    <progress
      className={`h-2 w-full appearance-none overflow-hidden rounded-full bg-line [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent ${className}`}
      max={Math.max(max, 1)}
      value={Math.min(value, max)}
      aria-labelledby={labelledBy}
    />
  );
}
