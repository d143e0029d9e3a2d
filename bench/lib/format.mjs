/** Small printing and statistics helpers shared by the bench modules. */

/** Bytes as kB with 1 kB = 1000 B, the unit Next's build output used for first-load JS. */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

export function median(values) {
  const sorted = values.filter((value) => typeof value === "number").sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Prints rows as an aligned text table; cells that start with a number are right-aligned. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? "-")));
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const numeric = /^[-+]?\d/;
  const line = (row) =>
    row
      .map((cell, column) =>
        column > 0 && numeric.test(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  console.log(line(all[0]));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of all.slice(1)) console.log(line(row));
}

export function heading(text) {
  console.log(`\n== ${text} ${"=".repeat(Math.max(0, 76 - text.length))}`);
}
