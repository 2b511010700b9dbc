// Time periods in the EES form: 201819 (academic year) or 2022 (calendar year).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  academicYearEnding, comparePeriods, isAcademic, isPeriod, parsePeriod, periodLabel, periodStart, previousPeriod,
} from '../src/index';

describe('parsePeriod', () => {
  test('accepts the EES, slash, hyphen and full-year forms of an academic year', () => {
    for (const input of ['201819', '2018/19', '2018-19', '2018/2019', '2018-2019', ' 2018/19 ', '2018 / 19']) {
      assert.equal(parsePeriod(input), '201819', input);
    }
  });

  test('accepts a calendar year', () => {
    assert.equal(parsePeriod('2022'), '2022');
  });

  test('a year spanning the century', () => {
    assert.equal(parsePeriod('1999/00'), '199900');
    assert.equal(parsePeriod('1999/2000'), '199900');
  });

  test('rejects years that do not follow on', () => {
    for (const input of ['2018/20', '2018-17', '201820', '2018/2020', '2018/1919', '2018/18']) {
      assert.equal(parsePeriod(input), undefined, input);
    }
  });

  test('rejects junk', () => {
    for (const input of ['', 'junk', '18/19', '20181', '2018/19/20', '2018/1', 'Y2018', '2018/19x', '201819 2020']) {
      assert.equal(parsePeriod(input), undefined, input);
    }
  });
});

describe('period helpers', () => {
  test('isAcademic / isPeriod', () => {
    assert.equal(isAcademic('201819'), true);
    assert.equal(isAcademic('201820'), false);
    assert.equal(isAcademic('2018'), false);
    assert.equal(isPeriod('2018'), true);
    assert.equal(isPeriod('201820'), false);
    assert.equal(isPeriod('2018/19'), false);
  });

  test('periodLabel', () => {
    assert.equal(periodLabel('201819'), '2018/19');
    assert.equal(periodLabel('199900'), '1999/00');
    assert.equal(periodLabel('2022'), '2022');
  });

  test('academicYearEnding: LAIT absence labels name the ending year (2017 = 2016/17)', () => {
    assert.equal(academicYearEnding(2017), '201617');
    assert.equal(academicYearEnding(2023), '202223');
    assert.equal(academicYearEnding(2010), '200910');
    assert.equal(academicYearEnding(2000), '199900');
  });

  test('previousPeriod keeps the form of the period', () => {
    assert.equal(previousPeriod('201819'), '201718');
    assert.equal(previousPeriod('202021'), '201920');
    assert.equal(previousPeriod('200001'), '199900');
    assert.equal(previousPeriod('2024'), '2023');
  });

  test('periodStart and comparePeriods sort periods by the year they start', () => {
    assert.equal(periodStart('201819'), 2018);
    assert.equal(periodStart('2022'), 2022);
    const sorted = ['202223', '2014', '201617', '2019', '200607'].sort(comparePeriods);
    assert.deepEqual(sorted, ['200607', '2014', '201617', '2019', '202223']);
    assert.ok(comparePeriods('201819', '201819') === 0);
  });
});

describe('range periods (LAIT\'s three-year figures)', () => {
  test('calendar and academic/financial ranges are periods, labelled "first to last"', async () => {
    const { isRange, rangePeriod } = await import('../src/periods');
    assert.equal(rangePeriod('2014', '2016'), '2014-2016');
    assert.equal(periodLabel('2014-2016'), '2014 to 2016');
    assert.equal(periodLabel('201314-201516'), '2013/14 to 2015/16');
    assert.ok(isPeriod('2014-2016') && isPeriod('201314-201516'));
    assert.equal(previousPeriod('2014-2016'), '2013-2015');
    assert.equal(previousPeriod('201314-201516'), '201213-201415');
    assert.equal(periodStart('2014-2016'), 2014);
    assert.ok(comparePeriods('2013-2015', '2014-2016') < 0);
  });

  test('two calendar years a year apart are the academic year, never a range', async () => {
    const { isRange } = await import('../src/periods');
    assert.ok(!isRange('2018-2019'));
    assert.equal(parsePeriod('2018-2019'), '201819');
    assert.ok(!isRange('201314-2016') && !isRange('2016-2014') && !isRange('201315-201516'));
  });
});
