import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { readPeriod } from '../src/period-input';

const ACADEMIC = ['202122', '202223', '202324'];
const CALENDAR = ['2022', '2023', '2024'];

describe('readPeriod', () => {
  for (const input of ['2023/24', '202324', '2023-24', '2023/2024', '2023 / 24', 'AY2023/24', ' 2023-2024 ']) {
    it(`reads "${input}" as 202324`, () => assert.deepEqual(readPeriod(input, ACADEMIC), { period: '202324', assumed: null }));
  }

  it('reads a bare year exactly for a calendar-year indicator', () => {
    assert.deepEqual(readPeriod('2023', CALENDAR), { period: '2023', assumed: null });
  });

  it('reads a bare year as LAIT does for an academic-year indicator (2023 = 2022/23), and says so', () => {
    const r = readPeriod('2023', ACADEMIC)!;
    assert.equal(r.period, '202223');
    assert.match(r.assumed!, /2023 is read as 2022\/23, the academic year ending in 2023/);
    assert.match(r.assumed!, /For 2023\/24, give --period 2023\/24/);
  });

  it('reads a financial year in its published forms', () => {
    assert.equal(readPeriod('FY2023-24', ['202324'])?.period, '202324');
  });

  it('refuses text that is not a period, and years that do not follow on', () => {
    for (const s of ['latest', '2023/25', '20232', '', '23/24']) assert.equal(readPeriod(s, ACADEMIC), undefined, s);
  });
});

describe('readPeriod: LAIT three-year ranges', () => {
  test('academic and calendar spans read as the indicator has them; a one-year label stays one year', async () => {
    const { readPeriod } = await import('../src/period-input');
    assert.equal(readPeriod('2018/19-20/21', ['201718-201920', '201819-202021'])?.period, '201819-202021');
    assert.equal(readPeriod('2020-22', ['2019-2021', '2020-2022'])?.period, '2020-2022');
    assert.equal(readPeriod('2014-2016', ['2014-2016'])?.period, '2014-2016');
    assert.equal(readPeriod('2021-22', ['202021', '202122'])?.period, '202122');
  });
});
