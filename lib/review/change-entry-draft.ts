import { CHANGE_KINDS, CHANGE_SEVERITIES, type ChangeKind, type ChangeSeverity } from "@/lib/content/change-constants";

export const DRAFT_KINDS: readonly ChangeKind[] = CHANGE_KINDS;
export const DRAFT_SEVERITIES: readonly ChangeSeverity[] = CHANGE_SEVERITIES;

export type DraftSource = {
  title: string;
  url: string;
  publisher: string;
  /** The day (YYYY-MM-DD) the watcher first saw the page's new text. */
  seenOn: string;
  addedLines: number;
  removedLines: number;
};

export type ChangeEntryDraftInput = {
  guide: { slug: string; title: string; platformName: string };
  /** Step ids concerned, in guide order; empty means the change is about the guide as a whole. */
  steps: readonly string[];
  /** Step numbers by id, for the body's wording. */
  stepNumbers: ReadonlyMap<string, number>;
  /** Official pages that changed, with their diff summaries. */
  sources: readonly DraftSource[];
  /** Anchors (the page's own wording) that are no longer on the page. */
  missingAnchors: readonly { step: string; phrase: string }[];
  /** Reader reports per step id. */
  reports: ReadonlyMap<string, number>;
  kind: ChangeKind;
  severity: ChangeSeverity;
  /** Today (YYYY-MM-DD, UTC): the entry's publication day. */
  today: string;
};

export type ChangeEntryDraft = { fileName: string; frontmatter: Record<string, unknown>; text: string };

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML and escapes everything that matters. */
const yamlString = (value: string) => JSON.stringify(value);

/** Text safe in an MDX body: no JSX, no expressions. */
const mdxText = (value: string) => value.replace(/[{}<>]/g, (char) => `\\${char}`);

const clip = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`);

function slugPart(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/**
 * A ready-to-commit change entry (content/changes/<date>-<slug>.mdx) from a flagged guide: the
 * steps concerned, the official sources dated by when the watcher saw them change, and the diff
 * summary. Its front matter passes the change-entry schema (tested); the editor reads it through,
 * adjusts the wording to what the page now says, and commits it.
 */
export function draftChangeEntry(input: ChangeEntryDraftInput): ChangeEntryDraft {
  const date = input.sources.map((source) => source.seenOn).sort()[0] ?? input.today;
  const published = input.today > date ? input.today : undefined;
  const publishers = [...new Set(input.sources.map((source) => source.publisher))];
  const who = publishers.length > 0 ? publishers.join(" and ") : input.guide.platformName;
  const title = clip(`${who} changed a page behind “${input.guide.title}”`, 140);
  const stepWords = (ids: readonly string[]) => {
    const numbers = ids.map((id) => input.stepNumbers.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
    if (numbers.length === 0) return "the guide";
    return numbers.length === 1 ? `step ${numbers[0]}` : `steps ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
  };
  const summary = clip(`${who}'s help changed; re-check ${stepWords(input.steps)} of this guide against what the page now says.`, 200);
  const slug = slugPart(`${input.guide.slug}-${input.kind}`) || "guide-change";
  const fileName = `content/changes/${date}-${slug}.mdx`;

  const frontmatter: Record<string, unknown> = {
    title,
    date,
    ...(published ? { published } : {}),
    guide: input.guide.slug,
    steps: input.steps.length > 0 ? [...input.steps] : "all",
    kind: input.kind,
    severity: input.severity,
    summary,
    sources: input.sources.map((source) => ({ title: `${source.title} (as of ${source.seenOn})`, url: source.url, publisher: source.publisher, official: true })),
  };

  const yaml = [
    "---",
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    ...(published ? [`published: ${published}`] : []),
    `guide: ${input.guide.slug}`,
    input.steps.length > 0 ? `steps:\n${input.steps.map((step) => `  - ${step}`).join("\n")}` : "steps: all",
    `kind: ${input.kind}`,
    `severity: ${input.severity}`,
    `summary: ${yamlString(summary)}`,
    input.sources.length > 0
      ? `sources:\n${input.sources
          .map((source) => [`  - title: ${yamlString(`${source.title} (as of ${source.seenOn})`)}`, `    url: ${yamlString(source.url)}`, `    publisher: ${yamlString(source.publisher)}`, "    official: true"].join("\n"))
          .join("\n")}`
      : "sources: []",
    "---",
  ].join("\n");

  const body: string[] = [];
  for (const source of input.sources) {
    body.push(`${mdxText(source.publisher)}'s page “${mdxText(source.title)}” changed on ${source.seenOn}: ${source.addedLines} lines added and ${source.removedLines} removed since the version the guide was checked against.`);
  }
  for (const anchor of input.missingAnchors) {
    body.push(`The wording ${stepWords([anchor.step])} relies on, “${mdxText(anchor.phrase)}”, is no longer on the page.`);
  }
  const reported = [...input.reports.entries()].filter(([, count]) => count > 0);
  if (reported.length > 0) {
    body.push(`Readers reported that ${reported.map(([step, count]) => `${stepWords([step])} did not match what they saw (${count} ${count === 1 ? "report" : "reports"})`).join("; ")}.`);
  }
  body.push(`**What to do:** open ${stepWords(input.steps)} and check each setting against what the page now says.`);
  return { fileName, frontmatter, text: `${yaml}\n\n${body.join("\n\n")}\n` };
}
