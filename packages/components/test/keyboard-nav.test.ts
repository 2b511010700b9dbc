import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { across, jump } from '../src/shared/keyboard-nav';
import { textScale } from '../src/shared/text-layout';

const pts = (groups: (string | undefined)[]) => groups.map((group, i) => ({ x: i, y: 0, text: String(i), group }));

describe('jump() (Page Up, Page Down)', () => {
  const bands = pts(['A', 'A', 'B', 'B', 'B', 'C']);
  test('down goes to the first point of the next group, and stops at the last point', () => {
    assert.deepEqual([jump(bands, -1, 1), jump(bands, 0, 1), jump(bands, 2, 1), jump(bands, 5, 1)], [0, 2, 5, 5]);
  });
  test('up goes to the start of its own group, or from there to the start of the one before', () => {
    assert.deepEqual([jump(bands, 4, -1), jump(bands, 2, -1), jump(bands, 0, -1), jump(bands, -1, -1)], [2, 0, 0, 5]);
  });
  test('points with no group go ten at a time', () => {
    const plain = pts(Array(25).fill(undefined));
    assert.deepEqual([jump(plain, 3, 1), jump(plain, 10, 1), jump(plain, 23, -1)], [10, 20, 20]);
  });
});

describe('across() (Up, Down)', () => {
  // Three lines of four years each.
  const lines = pts(['la', 'la', 'la', 'la', 'nb', 'nb', 'nb', 'nb', 'en', 'en', 'en', 'en']);
  test('keeps the place in the group and changes the group', () => {
    assert.deepEqual([across(lines, 2, 1), across(lines, 6, 1), across(lines, 10, -1)], [6, 10, 6]);
  });
  test('stays put past the first or last group, and starts at the first point', () => {
    assert.deepEqual([across(lines, 9, 1), across(lines, 1, -1), across(lines, -1, 1)], [9, 1, 0]);
  });
  test('a shorter group takes its last point', () => assert.equal(across(pts(['a', 'a', 'a', 'b']), 2, 1), 3));
});

describe('textScale()', () => {
  test('1 at the default 16px, and never below it', () => {
    assert.equal(textScale(16, 720), 1);
    assert.equal(textScale(10, 720), 1);
  });
  test('follows larger text, but never lays a chart out under 240px', () => {
    assert.equal(textScale(24, 720), 1.5);
    assert.equal(textScale(32, 320), 320 / 240);
  });
});

describe('nearestPoint', () => {
  test('the nearest point within reach, or -1', async () => {
    const { nearestPoint } = await import('../src/shared/keyboard-nav');
    const pts = [{ x: 0, y: 0, text: 'a' }, { x: 30, y: 0, text: 'b' }, { x: 40, y: 5, text: 'c' }];
    assert.equal(nearestPoint(pts, 2, 1, 12), 0);
    assert.equal(nearestPoint(pts, 36, 3, 12), 2);
    assert.equal(nearestPoint(pts, 15, 0, 12), -1);
    assert.equal(nearestPoint([], 0, 0, 12), -1);
  });

  test('a bar is read from anywhere on it or within reach of its edge, and the nearer bar wins', async () => {
    const { nearestPoint } = await import('../src/shared/keyboard-nav');
    const bars = [
      { x: 200, y: 20, text: 'a', box: { x: 0, y: 10, width: 200, height: 20 } },
      { x: 0, y: 60, text: 'b (no value)', box: { x: 0, y: 50, width: 0, height: 20 } },
    ];
    assert.equal(nearestPoint(bars, 50, 15, 12), 0);
    assert.equal(nearestPoint(bars, 210, 20, 12), 0);
    assert.equal(nearestPoint(bars, 150, 45, 12), -1);
    assert.equal(nearestPoint(bars, 5, 42, 12), 1);
    assert.equal(nearestPoint(bars, 5, 38, 12), 0);
  });
});
