/** Nearest valid choices for a mistyped id, area or period, by edit distance. */
export function nearest(input: string, choices: readonly string[], limit = 5): string[] {
  const q = input.toLowerCase();
  return choices
    .map((c) => ({ c, d: distance(q, c.toLowerCase()) - (c.toLowerCase().includes(q) && q ? q.length : 0) }))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.c);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
