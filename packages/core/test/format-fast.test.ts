// formatNumber formats without Intl (issue 18: the first Intl formatter costs a slow phone 50 to 200 ms), so it must
// give exactly Intl.NumberFormat('en-GB')'s text: checked on edge cases and on many random values and decimals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatNumber, formatTick } from '../src/format';

const intl = (v: number, d: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);

describe('formatNumber() without Intl', () => {
  test('edge cases give Intl\'s text', () => {
    const values = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.05, 1.005, 0.045, 999.95, 999999.5, 1234567.891, -1234.5, -0.001, 1e15, 123456789012345680000,
      1e21, 1e300, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 58.8, 0.8, 100, 1000, 10000];
    for (const v of values) for (const d of [0, 1, 2, 3, 4]) assert.equal(formatNumber(v, d), intl(v, d), `${v} to ${d} decimals`);
  });
  test('random values give Intl\'s text', () => {
    fc.assert(fc.property(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 6 }), (v, d) => formatNumber(v, d) === intl(v, d)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (n, scale, d) => {
      const v = n / 10 ** scale;
      return formatNumber(v, d) === intl(v, d);
    }), { numRuns: 20_000 });
  });
});

describe('formatTick() without Intl', () => {
  const intlTick = (v: number) => Number(v.toFixed(6)).toLocaleString('en-GB', { maximumFractionDigits: 3 });
  test('gives the text toLocaleString gave', () => {
    for (const v of [0, -0, 10, 2.5, 0.30000000000000004, 12000, -1234.5678, 0.0004, 0.0005, -0.0004, 1e20, 99.9996, 1.0005]) {
      assert.equal(formatTick(v, { unit: 'count' }), intlTick(v), String(v));
    }
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => formatTick(v, { unit: 'count' }) === intlTick(v)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: -1e8, max: 1e8 }), fc.integer({ min: 0, max: 5 }), (n, k) => formatTick(n / 10 ** k, { unit: 'count' }) === intlTick(n / 10 ** k)), { numRuns: 20_000 });
  });
});
