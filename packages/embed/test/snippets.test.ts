// docs/embedding.md shows each file in packages/demo/public/snippets/ verbatim, so what readers copy is what the
// tests load (bundle.browser.test.ts, elements.browser.test.ts, npm-imports.browser.test.ts, packages/demo/test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'packages/demo/public/snippets');
const doc = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
const files = readdirSync(dir).sort();

test('there is a snippet for each route', () => {
  assert.deepEqual(files, ['csp.txt', 'element-scripts.html', 'fallback.html', 'iframe.html', 'npm-imports.js', 'script-tag.html', 'theme.css']);
});

for (const file of files) {
  test(`docs/embedding.md contains snippets/${file} verbatim, in a fenced block of its own`, () => {
    const text = readFileSync(join(dir, file), 'utf8');
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), `${file} should end with exactly one newline`);
    const lang = { html: 'html', js: 'js', css: 'css', txt: 'text' }[file.split('.').pop()!];
    assert.ok(doc.includes(`\`\`\`${lang}\n${text}\`\`\`\n`), `docs/embedding.md does not reproduce snippets/${file} as a \`\`\`${lang} block`);
  });
}

test('the iframe snippet has a title and the parent script', () => {
  const html = readFileSync(join(dir, 'iframe.html'), 'utf8');
  assert.match(html, /<iframe data-inclusion-embed\s[^>]*title="[^"]{10,}"/);
  assert.match(html, /<script src="\/embed-parent\.js" integrity="[^"]+" crossorigin="anonymous"><\/script>/);
});

test('the CSP snippet is the policy the issue names, which the page tests serve', () => {
  assert.equal(readFileSync(join(dir, 'csp.txt'), 'utf8'), "Content-Security-Policy: default-src 'self'; style-src 'self'; script-src 'self'\n");
});
