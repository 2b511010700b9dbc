import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributeProblem } from '@inclusion-dashboard/core';

describe('shared attribute checks', () => {
  test('valid values pass', () => {
    assert.equal(attributeProblem({ headingLevel: 3, timeout: 20000, maxBytes: 1024, referrerPolicy: 'no-referrer' }), null);
    assert.equal(attributeProblem({ referrerPolicy: '' }), null);
  });
  test('a value that would switch a safeguard off, or break the outline, is an error naming the attribute', () => {
    for (const [attrs, name] of [
      [{ maxBytes: Number('abc') }, 'max-bytes'], [{ maxBytes: 0 }, 'max-bytes'], [{ maxBytes: Infinity }, 'max-bytes'], [{ maxBytes: -1 }, 'max-bytes'],
      [{ timeout: NaN }, 'timeout'], [{ timeout: 1e12 }, 'timeout'],
      [{ headingLevel: 0 }, 'heading-level'], [{ headingLevel: -5 }, 'heading-level'], [{ headingLevel: 2.5 }, 'heading-level'], [{ headingLevel: 7 }, 'heading-level'],
      [{ referrerPolicy: 'everything' }, 'referrer-policy'],
    ] as const) {
      assert.match(attributeProblem(attrs) ?? '', new RegExp(`^${name} must be`), JSON.stringify(attrs));
    }
  });
  test('an element whose charts take the next heading level down (the dashboard) says its own range', () => {
    assert.equal(attributeProblem({ headingLevel: 6 }, { maxHeadingLevel: 5 }), 'heading-level must be a whole number from 1 to 5, not "6".');
    assert.equal(attributeProblem({ headingLevel: 9 }, { maxHeadingLevel: 5 }), 'heading-level must be a whole number from 1 to 5, not "9".');
    assert.equal(attributeProblem({ headingLevel: 5 }, { maxHeadingLevel: 5 }), null);
  });
});

describe('which addresses are fetched', () => {
  const page = 'https://council.example';
  test('https anywhere, the page\'s own origin, loopback for development', async () => {
    const { isFetchableUrl } = await import('@inclusion-dashboard/core');
    for (const ok of ['https://data.example/x.arrow', 'https://council.example/x.arrow', 'blob:https://council.example/1234', 'http://localhost:8080/x.arrow', 'http://127.0.0.2:1/x.arrow', 'http://[::1]/x']) {
      assert.equal(isFetchableUrl(ok, page), true, ok);
    }
    for (const no of ['http://data.example/x.arrow', 'data:text/plain,hi', 'blob:https://other.example/1234', 'ftp://x/y', 'javascript:alert(1)', 'not a url', 'http://localhost.evil.example/x']) {
      assert.equal(isFetchableUrl(no, page), false, no);
    }
    assert.equal(isFetchableUrl('http://council.example/x.arrow', 'http://council.example'), true);
  });
});
