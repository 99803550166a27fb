/** Did-you-mean: the known name a misspelt one most likely stands for (front-matter keys and values, rule ids, variable paths). */

/**
 * The candidate nearest to `word` (ignoring case), if it is within an edit distance of a third of the word's length:
 * 1 for words under 6 characters, 2 up to 8, 3 from 9 on.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.min(MAX_DISTANCE, Math.floor(word.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

const MAX_DISTANCE = 3;

/** Levenshtein distance; Infinity when the lengths alone differ by more than `MAX_DISTANCE`. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
