import type { ChangeView } from "@/lib/content/change-views";

/** The steps a change touches, by their titles; a retired step is named by its id and marked. */
export function TouchedSteps({ steps, inline = false }: { steps: ChangeView["touchedSteps"]; inline?: boolean }) {
  if (steps === "all") return <>All steps</>;
  return (
    <ul className={inline ? "inline" : "list-disc space-y-1 pl-6"}>
      {steps.map((step, index) => (
        <li key={step.id} className={inline ? "inline" : undefined}>
          {step.title}
          {step.inGuide ? null : <span className="text-muted"> (no longer in the guide)</span>}
          {inline && index < steps.length - 1 ? ", " : null}
        </li>
      ))}
    </ul>
  );
}
