import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { terminalBlock, terminalJsonReplacer, terminalText } from '../src/terminal-text';

// Anything that reaches a terminal must hold no C0/C1 control (bar newline in a block) and no bidi control.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('terminalText', () => {
  for (const [what, hostile, shown] of [
    ['clear screen (CSI 2J) and cursor home', 'Salford\u001b[2J\u001b[H', 'Salford'],
    ['a colour that hides the figure', '\u001b[8m12.3%\u001b[0m', '12.3%'],
    ['a window title (OSC … BEL)', '\u001b]0;pwned\u0007Kent', 'Kent'],
    ['a hyperlink (OSC 8 … ST)', '\u001b]8;;http://evil\u001b\\Bolton\u001b]8;;\u001b\\', 'Bolton'],
    ['8-bit CSI', 'Wigan\u009b2J', 'Wigan'],
    ['8-bit OSC with its payload', '\u009d0;title\u009cLeeds', 'Leeds'],
    ['a right-to-left override that shows 12.3 as 3.21', '\u202e12.3\u202c', '12.3'],
    ['isolates and marks', '\u2066a\u2069\u200fb\u061c', 'ab'],
    ['a carriage return that overwrites the line', '99.9%\rEngland 10%', '99.9% England 10%'],
    ['a newline that fakes a row', 'Salford\n  England  99%', 'Salford   England  99%'],
    ['NUL, bell, backspace and DEL', 'a\u0000b\u0007c\u0008d\u007f', 'abcd'],
    ['tab', 'a\tb', 'a b'],
    ['a bare ESC at the end', 'Trafford\u001b', 'Trafford'],
  ] as const) {
    it(`strips ${what}`, () => {
      const out = terminalText(hostile);
      assert.equal(out, shown);
      assert.doesNotMatch(out, UNSAFE);
    });
  }

  it('leaves ordinary text alone, accents and symbols included', () => {
    for (const s of ['Bristol, City of', 'St. Helens', 'Königsberg – 12.3% ± 0.4', '£1,234', '−0.5 percentage points']) assert.equal(terminalText(s), s);
  });

  it('never lets a control or bidi character through, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !UNSAFE.test(terminalText(s)) && !terminalText(s).includes('\n')));
  });

  it('keeps newlines and CRLF in a block, and nothing else unsafe', () => {
    assert.equal(terminalBlock('a\r\nb\nc\u001b[31m'), 'a\r\nb\nc');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = terminalBlock(s).replace(/\r\n/g, '\n');
      return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(out);
    }));
  });

  it('cleans every string in JSON, which escapes C0 but not C1 or bidi', () => {
    const json = JSON.stringify({ name: 'Salford\u202e\u009b2J', list: ['\u001b[2J'] }, terminalJsonReplacer);
    assert.equal(json, '{"name":"Salford","list":[""]}');
  });
});
