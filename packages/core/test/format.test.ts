import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatChange, formatTick, releaseAfter } from '../src/format';

const pct = { unit: 'percent', decimals: 1 } as const;
const rate = { unit: 'rate', decimals: 2 } as const;

describe('formatTick()', () => {
  test('percent ticks carry % and only the decimals they need', () => {
    assert.equal(formatTick(10, pct), '10%');
    assert.equal(formatTick(2.5, pct), '2.5%');
    assert.equal(formatTick(0.30000000000000004, pct), '0.3%');
  });
  test('other units are plain numbers with thousands separators', () => assert.equal(formatTick(12000, rate), '12,000'));
});

describe('formatChange()', () => {
  test('percentages change in percentage points, with a true minus', () => {
    assert.equal(formatChange(3.94, pct), '+3.9 percentage points');
    assert.equal(formatChange(-2.5, pct), '\u22122.5 percentage points');
  });
  test('a column that names the unit in its heading gets the figure alone', () => assert.equal(formatChange(3.7, pct, { unit: false }), '+3.7'));
});

describe('releaseAfter()', () => {
  test('drops the publication name the release repeats', () => {
    assert.equal(releaseAfter('Education, health and care plans', 'Education, health and care plans, June 2025'), 'June 2025');
    assert.equal(releaseAfter('Pupil absence in schools in England: autumn and spring terms', 'Pupil absence in schools in England: autumn and spring terms, 2022/23'), '2022/23');
  });
  test('keeps a release that names something else', () => {
    assert.equal(releaseAfter('Pupil absence in schools in England', 'Local Authority Interactive Tool data, April 2026'), 'Local Authority Interactive Tool data, April 2026');
  });
  test('keeps a release that is only the publication name', () => assert.equal(releaseAfter('A', 'A'), 'A'));
});
