/** Whether two lists hold the same items, in order: a render's new array of the same things needs no new DOM. */
export function sameItems<T>(a: readonly T[] | null, b: readonly T[]): boolean {
  return !!a && a.length === b.length && b.every((x, i) => x === a[i]);
}
