// wrap() guesses a line's width from its words' and measures the whole line only near the edge: it must break every
// label exactly where measuring each growing line would. Checked on every label, definition and note of the sample
// catalogue, at the widths the charts use, with a measure like the canvas one (per-character widths, scaled and
// rounded up, so a line is not the sum of its words).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { wrap } from '../src/shared/text-layout';

const CHAR: Record<string, number> = { i: 3.1, l: 3.1, j: 3.1, f: 3.9, t: 3.9, r: 4.7, ' ': 3.9, m: 11.7, w: 10.1, W: 13.2, M: 11.7 };
const measureLike = (s: string) => Math.ceil([...s].reduce((a, c) => a + (CHAR[c] ?? (c === c.toUpperCase() ? 9.3 : 7.8)), 0) * 1.04);

/** The wrap before the guess: every growing line measured. */
function measuredWrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const catalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../sample-data/data/catalogue.json'), 'utf8')) as {
  indicators: Record<string, unknown>[];
};
const texts = catalogue.indicators.flatMap((i) => Object.values(i).filter((v): v is string => typeof v === 'string' && v.includes(' ')));

describe('wrap', () => {
  test('breaks every catalogue text where measuring each line would', () => {
    assert.ok(texts.length > 1000, `only ${texts.length} texts`);
    let calls = 0;
    let wholeCalls = 0;
    const counted = (s: string) => { calls++; return measureLike(s); };
    const counting = (s: string) => { wholeCalls++; return measureLike(s); };
    for (const width of [120, 150, 170, 236, 300, 412]) {
      for (const t of texts) assert.deepEqual(wrap(t, width, counted), measuredWrap(t, width, counting), `${width}: ${t}`);
    }
    // Without a cache in the measure this counts word measures too; lines measured whole are what it saves.
    assert.ok(calls > 0 && wholeCalls > 0);
  });
  test('never cuts or drops a word; a word wider than the line has a line of its own', () => {
    assert.deepEqual(wrap('Supercalifragilistic is long', 40, measureLike), ['Supercalifragilistic', 'is', 'long']);
    assert.deepEqual(wrap('', 100, measureLike), ['']);
    assert.deepEqual(wrap('band\u00a0D of A', 30, measureLike), ['band\u00a0D', 'of A']);
  });
});
