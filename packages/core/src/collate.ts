/**
 * Names and labels in British English alphabetical order. Printable ASCII, which is nearly every name, is ordered
 * here with the collator's own table: building the collator was 97 ms of a task at 3.7x CPU (a phone), for the
 * first sort of 160 LA names. Anything else goes to one `Intl.Collator`, built on first need (`localeCompare` with a
 * locale builds or looks one up on each call).
 */
let collator: Intl.Collator | null = null;

// The en-GB (CLDR root) primary order of printable ASCII: space, punctuation, symbols, digits, letters; a letter's
// two cases share a weight and differ only at the tertiary level, lower case first. collate.test.ts checks it
// against Intl.Collator.
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const RANK = new Uint8Array(127);
for (let i = 0; i < ORDER.length; i++) {
  RANK[ORDER.charCodeAt(i)] = i + 1;
  RANK[ORDER[i]!.toUpperCase().charCodeAt(0)] = i + 1;
}

const printable = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!RANK[s.charCodeAt(i)]) return false;
  return true;
};

export function compareText(a: string, b: string): number {
  if (!printable(a) || !printable(b)) return (collator ??= new Intl.Collator('en-GB')).compare(a, b);
  let tertiary = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (RANK[x] !== RANK[y]) return RANK[x]! < RANK[y]! ? -1 : 1;
    tertiary ||= x > y ? -1 : 1; // the same letter in two cases: lower case (the higher code) first
  }
  return a.length === b.length ? tertiary : a.length < b.length ? -1 : 1;
}
