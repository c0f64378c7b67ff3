// Suggests the name someone probably meant when they misspelt an option.

/**
 * The candidate nearest to a misspelt name, if one is near enough; a name
 * cut short (`XLD_USER`) means the candidate it begins.
 */
export function closestName(
  name: string,
  candidates: readonly string[],
): string | undefined {
  const extended = candidates.find((candidate) => candidate.startsWith(name));
  if (extended !== undefined) return extended;

  const nearEnough = 4;
  let best: string | undefined;
  let bestDistance = nearEnough;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
