/** Precision and recall of a yes/no detector against labels (true = should be detected). */
export type Score = { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };

export function scoreDetections(items: readonly { expected: boolean; detected: boolean }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { expected, detected } of items) {
    if (expected && detected) tp += 1;
    else if (!expected && detected) fp += 1;
    else if (expected && !detected) fn += 1;
    else tn += 1;
  }
  // With nothing detected (or nothing to detect) the ratio is vacuous: 1, and the counts say why.
  return { tp, fp, fn, tn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export function formatScore(name: string, score: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${name}: precision ${pct(score.precision)} (${score.tp}/${score.tp + score.fp}), recall ${pct(score.recall)} (${score.tp}/${score.tp + score.fn}); tp ${score.tp} fp ${score.fp} fn ${score.fn} tn ${score.tn}`;
}
