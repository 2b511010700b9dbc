// Issue 12: "Every theme in the list above has at least one element story on real data." The stories of
// stories/catalogue-themes.stories.ts, read as text: every EES file the pipeline declares gives at least one storied
// indicator, every theme of the catalogue has one, and every storied indicator is in the committed catalogue
// (scripts/check-storybook.mjs then opens each story and checks it draws with no error).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { DERIVED_RATES } from '../src/derived';
import { GENERATED_SOURCES } from '../src/generated';
import { CURATED_SOURCES } from '../src/sources';
import { EXTRACTS } from './helpers';

const STORIES = resolve(import.meta.dirname, '../../../stories/catalogue-themes.stories.ts');
interface Entry { id: string; theme: string }
const catalogue = JSON.parse(readFileSync(join(EXTRACTS, 'catalogue.json'), 'utf8')) as { themes: { id: string }[]; indicators: Entry[] };

test('every declared EES file and every catalogue theme has a story on the committed catalogue', () => {
  const text = readFileSync(STORIES, 'utf8');
  const storied = [...text.matchAll(/export const (\w+) = story\(\{[^}]*indicator: '([^']+)'/g)].map((m) => ({ name: m[1], id: m[2] }));
  assert.ok(storied.length >= 20, `${storied.length} stories`);
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  for (const s of storied) assert.ok(byId.has(s.id), `story ${s.name}: ${s.id} is not in the committed catalogue`);
  const ids = new Set(storied.map((s) => s.id));

  const files = new Map<string, Set<string>>();
  for (const e of [...CURATED_SOURCES, ...GENERATED_SOURCES]) {
    const set = files.get(e.file) ?? new Set<string>();
    // The indicators an entry gives whole (a split gives one per topic, only in the full build).
    for (const i of e.indicators) if (!i.split) set.add(i.id);
    for (const d of DERIVED_RATES) if (set.has(d.count)) set.add(d.id);
    files.set(e.file, set);
  }
  const without = [...files].filter(([, set]) => ![...set].some((id) => ids.has(id))).map(([file]) => file);
  assert.deepEqual(without, [], 'declared files with no story of any indicator they give');

  const themes = new Set(storied.map((s) => byId.get(s.id)?.theme));
  assert.deepEqual(catalogue.themes.map((t) => t.id).filter((t) => !themes.has(t)), [], 'catalogue themes with no story');
});
