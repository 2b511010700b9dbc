// Property tests: rank and quartile band agree, and flipping polarity flips both.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bandOf, rankOf, type Band } from '../src/stats/rank';

const ORDER: Record<Band, number> = { A: 0, B: 1, C: 2, D: 3 };
const MIRROR: Record<Band, Band> = { A: 'D', B: 'C', C: 'B', D: 'A' };
// Published figures have few decimals, so ties are common: draw from a small grid as well as from all doubles.
const values = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 40 }).map((v) => v / 4), { minLength: 4, maxLength: 160 }),
  fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 160 }),
);
const polarity = fc.constantFrom('high' as const, 'low' as const);
const RUNS = { numRuns: 300, seed: 20261123 };

describe('rank and band', () => {
  it('a better rank never has a worse band, and equal values share rank and band', () => {
    fc.assert(fc.property(values, polarity, (all, p) => {
      const scored = all.map((v) => ({ v, rank: rankOf(v, all, p), band: bandOf(v, all, p)!.band }));
      for (const a of scored) {
        assert.ok(a.rank >= 1 && a.rank <= all.length);
        for (const b of scored) {
          if (a.rank < b.rank) assert.ok(ORDER[a.band] <= ORDER[b.band], `rank ${a.rank} band ${a.band} vs rank ${b.rank} band ${b.band}`);
          if (a.v === b.v) assert.deepEqual([a.rank, a.band], [b.rank, b.band]);
        }
      }
    }), RUNS);
  });

  it('rank 1 is in band A; the last rank is in band D unless a quarter or more tie with it on the threshold', () => {
    fc.assert(fc.property(values, polarity, (all, p) => {
      const best = p === 'high' ? Math.max(...all) : Math.min(...all);
      const worst = p === 'high' ? Math.min(...all) : Math.max(...all);
      assert.equal(rankOf(best, all, p), 1);
      assert.equal(bandOf(best, all, p)!.band, 'A');
      const b = bandOf(worst, all, p)!;
      const edge = p === 'high' ? b.thresholds[0] : b.thresholds[2];
      if (best !== worst) assert.equal(b.band, worst === edge ? 'C' : 'D');
    }), RUNS);
  });

  it('flipping polarity reverses the ranking: ranks sum to N + 2 - (size of the tie group)', () => {
    fc.assert(fc.property(values, (all) => {
      for (const v of all) {
        const ties = all.filter((w) => w === v).length;
        assert.equal(rankOf(v, all, 'high') + rankOf(v, all, 'low'), all.length + 2 - ties);
      }
    }), RUNS);
  });

  it('flipping polarity mirrors the band (A↔D, B↔C) for every value not exactly on a quartile threshold', () => {
    // On a threshold no rule can mirror: the value belongs to the better band under either polarity (see docs/methods.md).
    fc.assert(fc.property(values, (all) => {
      const { thresholds } = bandOf(all[0], all, 'high')!;
      assert.deepEqual(bandOf(all[0], all, 'low')!.thresholds, thresholds);
      for (const v of all) {
        if (thresholds.includes(v)) continue;
        assert.equal(bandOf(v, all, 'low')!.band, MIRROR[bandOf(v, all, 'high')!.band]);
      }
    }), RUNS);
  });

  it('gives no band without polarity', () => {
    assert.equal(bandOf(1, [1, 2, 3, 4], 'none'), null);
  });
});
