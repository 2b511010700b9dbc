// The iframe embed page's allow-list (packages/demo/public/embed-params.js) against custom-elements.json, and what
// it does with hostile query strings, using a stand-in document (the real page is in bundle.browser.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '../../..');
const url = pathToFileURL(join(root, 'packages/demo/public/embed-params.js')).href;
const { ALLOWED, elementFromQuery } = (await import(url)) as {
  ALLOWED: Record<string, string[]>;
  elementFromQuery: (search: string, doc: unknown, base: string) => { element?: FakeElement; error?: string };
};

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'packages/components/custom-elements.json'), 'utf8')) as Manifest;
const attributes = new Map<string, string[]>();
for (const m of manifest.modules) {
  for (const d of m.declarations ?? []) if (d.tagName) attributes.set(d.tagName, (d.attributes ?? []).map((a) => a.name));
}

class FakeElement {
  readonly attrs = new Map<string, string>();
  readonly children: FakeElement[] = [];
  textContent = '';
  readonly props = new Map<string, string>();
  readonly style = { setProperty: (n: string, v: string) => { this.props.set(n, v); } };
  constructor(readonly localName: string) {}
  setAttribute(n: string, v: string) { this.attrs.set(n, v); }
  hasAttribute(n: string) { return this.attrs.has(n); }
  append(c: FakeElement) { this.children.push(c); }
}
const doc = { createElement: (tag: string) => new FakeElement(tag) };
const BASE = 'https://embed.example.gov.uk/embed.html';
const make = (query: string) => elementFromQuery(query, doc, BASE);

test('every allowed element is in the manifest, with only attributes it declares', () => {
  for (const [tag, names] of Object.entries(ALLOWED)) {
    const declared = attributes.get(tag);
    assert.ok(declared, `${tag} is not in custom-elements.json`);
    for (const n of names) assert.ok(declared.includes(n), `${tag} has no attribute "${n}"`);
  }
});

test('an embedded element can be compared with named LAs or a group, as on a page', () => {
  for (const [tag, names] of Object.entries(ALLOWED)) {
    for (const n of ['compare', 'group', 'group-label', 'neighbour-model']) {
      if (attributes.get(tag)!.includes(n)) assert.ok(names.includes(n), `${tag} declares "${n}" but the embed page drops it`);
    }
  }
  const { element } = make('?element=inclusion-trend&src=/data/catalogue.json&indicator=ehcp-20-weeks&area=Salford&group=Bolton,Bury,Wigan&group-label=Greater%20Manchester');
  assert.equal(element!.attrs.get('group'), 'Bolton,Bury,Wigan');
  assert.equal(element!.attrs.get('group-label'), 'Greater Manchester');
});

test('every element but the picker can be embedded', () => {
  assert.deepEqual(Object.keys(ALLOWED).sort(), [...attributes.keys()].filter((t) => t !== 'inclusion-area-picker').sort());
});

test('builds the named element with its attributes and a fallback sentence', () => {
  const { element, error } = make('?element=inclusion-trend&src=/data/ehcp.arrow&indicator=ehcp-20-weeks&area=Salford&years=5');
  assert.equal(error, undefined);
  assert.equal(element!.localName, 'inclusion-trend');
  assert.deepEqual(Object.fromEntries(element!.attrs), { src: '/data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', years: '5' });
  assert.match(element!.children[0].textContent, /needs JavaScript/);
});

test('refuses elements that are not on the list', () => {
  for (const tag of ['script', 'iframe', 'a', 'inclusion-area-picker', 'constructor', '__proto__', '']) {
    assert.ok(make(`?element=${tag}&src=/data/ehcp.arrow`).error, tag);
  }
  assert.ok(make('?src=/data/ehcp.arrow').error);
});

test('drops attributes that are not on the list, such as event handlers and styles', () => {
  const { element } = make('?element=inclusion-tile&src=/data/ehcp.arrow&onclick=alert(1)&style=display:none&id=x&area=Salford');
  assert.deepEqual([...element!.attrs.keys()].sort(), ['area', 'src']);
});

test('loads data only from its own site', () => {
  for (const src of ['https://evil.example/x.arrow', '//evil.example/x.arrow', 'javascript:alert(1)', 'data:,x', '/data/a.arrow https://evil.example/b.arrow']) {
    assert.match(make(`?element=inclusion-tile&src=${encodeURIComponent(src)}`).error ?? '', /same site/, src);
  }
  assert.equal(make('?element=inclusion-tile&src=' + encodeURIComponent('/data/a.arrow data/b.arrow')).error, undefined);
  assert.ok(make('?element=inclusion-tile&area=Salford').error, 'no src at all');
});

test('sets the colours the builder passes, as #rrggbb only, through the CSSOM', () => {
  const q = '?element=inclusion-tile&src=/data/ehcp.arrow&colour-selected=%235A1E5F&colour-text=red&colour-link=%23123456%3Bx&colour-position=%23000000&colour-background=%23ffffff';
  const { element, error } = make(q);
  assert.equal(error, undefined);
  assert.deepEqual(Object.fromEntries(element!.props), { '--inclusion-selected': '#5A1E5F', '--inclusion-background': '#ffffff' });
  assert.deepEqual([...element!.attrs.keys()], ['src'], 'colours are never attributes');
});
