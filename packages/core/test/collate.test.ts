import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareText } from '../src/collate';

test('compareText orders names as British English does, as localeCompare with en-GB did', () => {
  const names = ['St. Helens', 'Southend-on-Sea', 'south Gloucestershire', 'Barnsley', 'Bath and North East Somerset', 'Ealing', 'Éire'];
  assert.deepEqual([...names].sort(compareText), [...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  assert.equal(compareText('a', 'B'), -1);
  assert.equal(compareText('Salford', 'Salford'), 0);
});

test('compareText agrees with the en-GB collator on printable ASCII, case and punctuation included', () => {
  const collator = new Intl.Collator('en-GB');
  const sign = (n: number) => Math.sign(n);
  // Strings of few distinct characters share long prefixes, so every rule is reached: case, length, punctuation.
  const alphabets = [' -,.\'()&', 'aAbB', 'abAB1 -', ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$09aZ'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (const abc of alphabets) {
    for (let k = 0; k < 4000; k++) {
      const word = () => Array.from({ length: rand(6) }, () => abc[rand(abc.length)]).join('');
      const [a, b] = [word(), word()];
      assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), JSON.stringify([a, b]));
    }
  }
  const las = ['St. Helens', 'Stockport', 'St Albans', 'Southend-on-Sea', 'Bristol, City of', 'Bristol', 'Kingston upon Hull, City of', 'Kingston upon Thames', 'Isle of Wight', 'Isles of Scilly'];
  assert.deepEqual([...las].sort(compareText), [...las].sort(collator.compare));
});
