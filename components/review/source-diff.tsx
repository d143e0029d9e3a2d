import type { SourceDiff } from "@/lib/review/source-diff";

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One official page's change as an inline diff: removed lines in <del>, added in <ins>, so it
 * reads the same without CSS or JavaScript and screen readers announce what changed.
 */
export function SourceDiffView({ diff }: { diff: SourceDiff }) {
  return (
    <figure className="space-y-2" data-testid="source-diff">
      <figcaption className="text-sm">
        <a href={diff.url} className="font-semibold text-accent underline" rel="noreferrer">
          {diff.publisher}: {diff.title}
        </a>{" "}
        {diff.fromSeen ? (
          <span className="text-muted">
            changed between <time dateTime={day(diff.fromSeen)}>{day(diff.fromSeen)}</time> and <time dateTime={day(diff.toSeen)}>{day(diff.toSeen)}</time>: {diff.addedLines} lines added, {diff.removedLines} removed.
          </span>
        ) : (
          <span className="text-muted">first read on {day(diff.toSeen)}: no earlier version to compare with.</span>
        )}
      </figcaption>
      {diff.lines.length > 0 ? (
        <pre className="max-h-96 overflow-auto rounded-lg border border-line bg-surface p-3 text-xs leading-relaxed whitespace-pre-wrap" tabIndex={0} aria-label={`Changes on ${diff.publisher}'s page`}>
          {diff.lines.map((line, index) =>
            line.kind === "@" ? (
              <span key={index} className="block text-muted italic">
                {line.text}
              </span>
            ) : line.kind === "+" ? (
              <ins key={index} className="block bg-done-soft no-underline">
                <span aria-hidden="true">+ </span>
                {line.text}
              </ins>
            ) : line.kind === "-" ? (
              <del key={index} className="block bg-warn-soft">
                <span aria-hidden="true">− </span>
                {line.text}
              </del>
            ) : (
              <span key={index} className="block">
                {"  "}
                {line.text}
              </span>
            ),
          )}
          {diff.truncated ? <span className="block text-muted italic">(Diff cut here; the rest is in the stored versions.)</span> : null}
        </pre>
      ) : null}
    </figure>
  );
}
