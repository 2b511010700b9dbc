// Issue 12: "Provisional and revised figures say so", in the CLI as in the elements (core's benchmark notes). Asked
// as an analyst would, by LAIT code and LAIT's year label, of the bundled catalogue.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cli } from './helpers';

describe('the CLI says when a figure is provisional or revised', () => {
  test('phonics 2024/25 ("2025 (prov)" in LAIT): a note in the text and in the JSON', async () => {
    const r = await cli(['benchmark', '--indicator', 'KS1P_all', '--area', '355', '--period', '2025']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /note: LAIT marks the 2024\/25 figure as provisional\. Provisional figures can be revised later\./);
    const j = await cli(['benchmark', '--indicator', 'KS1P_all', '--area', '355', '--period', '2025', '--json']);
    assert.ok((JSON.parse(j.out) as { notes: string[] }).notes.includes('LAIT marks the 2024/25 figure as provisional. Provisional figures can be revised later.'));
  });

  test('A levels AAB 2023/24 ("2024 (Rev)") is revised; 2020/21 ("2021 (Final)") has no such note', async () => {
    const rev = await cli(['benchmark', '--indicator', 'Alevel_AAB', '--area', 'Salford', '--period', '2024']);
    assert.match(rev.out, /note: LAIT marks the 2023\/24 figure as revised\./);
    const fin = await cli(['benchmark', '--indicator', 'Alevel_AAB', '--area', 'Salford', '--period', '2021']);
    assert.equal(fin.code, 0, fin.err);
    assert.doesNotMatch(fin.out, /provisional|revised/);
  });

  test('KS4 destinations of AP pupils, 2021/22: provisional, as the file\'s version column says', async () => {
    const r = await cli(['benchmark', '--indicator', 'ks4-sustained-destination-ap', '--area', 'England', '--period', '2021/22']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /note: DfE published the 2021\/22 figure as provisional\./);
  });
});
