// Text attributes set as properties (issue 15): React 19 and Vue set `area={886}` as a number; Lit sets null for a
// removed attribute. A number is its text, null is none, and anything else is the element's own error by name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asText, textAttributeProblem } from '@inclusion-dashboard/core';

test('numbers become their text, null none, and src takes a list of URLs', () => {
  assert.equal(asText('area', 886), '886');
  assert.equal(asText('period', 2023), '2023');
  assert.equal(asText('area', null), '');
  assert.equal(asText('area', undefined), '');
  assert.equal(asText('src', ['a.arrow', 'b.arrow']), 'a.arrow b.arrow');
  assert.deepEqual(asText('area', [886]), [886], 'only src takes a list');
  assert.ok(Number.isNaN(asText('area', NaN)), 'NaN is not a number anyone meant');
});

test('anything else is a sentence naming the attribute and what it must be', () => {
  assert.equal(textAttributeProblem({ src: 'x.arrow', indicator: 'ehcp-20-weeks', area: '886', period: '', breakdown: '' }), null);
  assert.equal(textAttributeProblem({ area: { code: 886 } }), 'area must be a name, ONS code or 3-digit LA number, not an object.');
  assert.equal(textAttributeProblem({ area: [886] }), 'area must be a name, ONS code or 3-digit LA number, not a list.');
  assert.equal(textAttributeProblem({ period: true }), 'period must be text, not a boolean.');
  assert.equal(textAttributeProblem({ src: NaN }), 'src must be one or more URLs, not the number NaN.');
  assert.equal(textAttributeProblem({ indicator: 'a', breakdown: () => 1 }), 'breakdown must be text, not a function.');
});
