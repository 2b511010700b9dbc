// An element's error in words is core's, Node-testable (issue 13): the code by class, never by the message.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BenchmarkError, LoadError, UsageError, chartCodeFailure, drawFailure, errorDetail, headline } from '@inclusion-dashboard/core';

it('a failed load: its code, the message, what to do, the file and the status', () => {
  const d = errorDetail(new LoadError('http', 'The server answered 404 for /x.arrow.', { url: '/x.arrow', status: 404 }));
  assert.deepEqual(d, { code: 'http', message: 'The server answered 404 for /x.arrow. Check the address in the src attribute.', url: '/x.arrow', status: 404 });
  assert.equal(headline(d.code), 'The data could not be loaded.');
});

it('a question the data cannot answer lists the nearest choices; with no period asked, no figures is "empty"', () => {
  const area = errorDetail(new BenchmarkError('unknown-area', 'No area "Salferd".', ['Salford', 'Stafford', 'Bradford']), { area: 'Salferd' });
  assert.equal(area.code, 'unknown-area');
  assert.match(area.message, /^No area "Salferd"\. Use a name, ONS code or 3-digit LA number; nearest to "Salferd": Salford/);
  assert.equal(errorDetail(new BenchmarkError('unknown-period', 'No figures.', ['2024'])).code, 'empty');
});

it('a draw that failed, and anything unforeseen', () => {
  assert.equal(errorDetail(new UsageError('draw', 'Drawing failed.')).code, 'draw');
  assert.equal(headline('draw'), 'This chart could not be drawn.');
  assert.deepEqual(errorDetail('boom'), { code: 'error', message: 'boom Reload the page to try again.' });
});

it('a draw that threw after the figures loaded says so, with the reason, under the draw code', () => {
  const d = errorDetail(drawFailure(new TypeError('Failed to fetch dynamically imported module: /plot.js')));
  assert.equal(d.code, 'draw');
  assert.match(d.message, /^The figures loaded, but drawing them failed \(Failed to fetch dynamically imported module: \/plot\.js\)\./);
  assert.match(errorDetail(drawFailure('x')).message, /^The figures loaded, but drawing them failed\./);
});

it('chart code that did not download is said in the reader\'s words, not the browser\'s', () => {
  const d = errorDetail(chartCodeFailure(new TypeError('Failed to fetch dynamically imported module: https://example.org/chunks/plot-NZ.js')));
  assert.equal(d.code, 'draw');
  assert.equal(d.message, 'The figures loaded, but the code that draws the chart did not download: check the connection. Reload the page to try again; if it happens again, please report it with the address of this page.');
});
