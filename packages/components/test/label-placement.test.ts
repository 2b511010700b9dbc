import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dodgeAround, leastCovered } from '../src/shared/label-placement';

describe('leastCovered()', () => {
  const right = { x: 100, y: 0, w: 50, h: 16 };
  const left = { x: 0, y: 0, w: 50, h: 16 };
  test('keeps the preferred place when it hides nothing', () => {
    assert.equal(leastCovered([right, left], [{ x: 20, y: 8, r: 3 }]), 0);
  });
  test('moves to the place that hides fewest marks', () => {
    assert.equal(leastCovered([right, left], [{ x: 120, y: 8, r: 3 }, { x: 130, y: 8, r: 3 }, { x: 20, y: 8, r: 3 }]), 1);
  });
  test('weights marks: hiding the selected one costs more', () => {
    assert.equal(leastCovered([right, left], [{ x: 120, y: 8, r: 3, weight: 10 }, { x: 10, y: 8, r: 3 }, { x: 20, y: 8, r: 3 }]), 1);
  });
  test('counts a mark that only touches the box through its radius and padding', () => {
    assert.equal(leastCovered([right, left], [{ x: 96, y: 8, r: 3 }]), 1);
    assert.equal(leastCovered([right, left], [{ x: 90, y: 8, r: 3 }]), 0);
  });
});

describe('dodgeAround()', () => {
  test('leaves labels clear of the line where they are', () => assert.deepEqual(dodgeAround([{ x: 100, w: 40 }, { x: 300, w: 40 }], 200, 0, 400), [100, 300]));
  test('moves a label off the line to the side its centre is on', () => {
    assert.deepEqual(dodgeAround([{ x: 195, w: 40 }], 200, 0, 400), [200 - 6 - 20]);
    assert.deepEqual(dodgeAround([{ x: 205, w: 40 }], 200, 0, 400), [200 + 6 + 20]);
  });
  test('pushes the next label along rather than overlapping it', () => {
    // 205 moves to 226 (206..246), so 240 (220..260) must move to 272.
    assert.deepEqual(dodgeAround([{ x: 205, w: 40 }, { x: 240, w: 40 }, { x: 100, w: 40 }], 200, 0, 400), [226, 272, 100]);
  });
  test('stays within the bounds', () => assert.deepEqual(dodgeAround([{ x: 395, w: 40 }], 390, 0, 400), [380]));
  test('does nothing without a line', () => assert.deepEqual(dodgeAround([{ x: 5, w: 40 }], null, 0, 400), [5]));
});
