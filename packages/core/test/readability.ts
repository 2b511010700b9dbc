// Flesch-Kincaid grade level for the generated summaries (issue 14, item 10).
//
// Why this formula: it is the one GOV.UK's content designers and most readability checkers quote as a US school
// grade, and a UK reading age is that grade plus 5, so GOV.UK's reading age of 9 is grade 4. It needs only counts
// of sentences, words and syllables; the syllables come from `syllable` (a well-kept English syllable counter).
//
// What is measured: the words as a reader meets them, with two things a reader does not sound out replaced by a
// one-syllable word first: figures ("20.57%", "1,234", "2024/25") and the names of places (the reader's own area,
// its region and neighbours are proper nouns the text cannot choose). Everything else, the indicator names
// included, counts as written.
import { syllable } from 'syllable';

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Figures, with their unit signs: "20.57%", "£1,234", "2024/25", "−1.20", "3.1". */
const FIGURE = /[−+-]?[£$]?\d[\d,]*(?:\.\d+)?(?:\/\d+)?%?/g;

/** The text as it is read for counting: figures and the given names become one-syllable words. */
export function plainWords(text: string, names: readonly string[] = []): string {
  let t = text;
  // Longest names first, so "Bournemouth, Christchurch and Poole" goes before "Poole".
  for (const n of [...names].sort((a, b) => b.length - a.length)) if (n) t = t.split(n).join('Name');
  return t.replace(FIGURE, 'num');
}

export function fleschKincaid(text: string, names: readonly string[] = []): Readability {
  const t = plainWords(text, names);
  const sentences = Math.max(1, (t.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const words = t.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((w) => /\p{L}|\p{N}/u.test(w));
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / Math.max(1, words.length)) - 15.59;
  return { grade, sentences, words: words.length, syllables };
}
