/** What a result page says was subscribed ("the guide “…”"), where it links back to, and how often. */
export type AlertResultTarget = { what: string; href: string; backLabel: string; cadence?: "immediate" | "weekly" };

export function cadenceWords(cadence: AlertResultTarget["cadence"]): string {
  return cadence === "weekly" ? "in a weekly digest" : "as soon as something changes";
}
