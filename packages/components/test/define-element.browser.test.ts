// Issue 18: the one-file bundle registers its elements in turns, so a page with many of them already in its HTML
// is not blocked while they all upgrade in one task.
import { expect } from '@open-wc/testing';
import { defineInTurns } from '../src/shared/define-element';

const TAGS = ['turns-a-el', 'turns-b-el', 'turns-c-el'];

describe('defineInTurns', () => {
  it('defines the first element now and the others in later tasks, not in this one', async () => {
    const upgraded: string[] = [];
    for (const tag of TAGS) document.body.append(document.createElement(tag));
    const elements = TAGS.map((tag) => [tag, class extends HTMLElement {
      constructor() { super(); upgraded.push(tag); }
    }] as const);

    const done = defineInTurns(elements);
    expect(upgraded).to.deep.equal(['turns-a-el']);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(upgraded, 'microtasks alone define nothing more').to.deep.equal(['turns-a-el']);
    await done;
    expect(upgraded).to.deep.equal(TAGS);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    for (const tag of TAGS) document.querySelector(tag)!.remove();
  });

  it('skips a tag that is already defined, as loading the bundle twice does', async () => {
    class First extends HTMLElement {}
    customElements.define('turns-twice-el', First);
    await defineInTurns([['turns-twice-el', class extends HTMLElement {}]]);
    expect(customElements.get('turns-twice-el')).to.equal(First);
  });
});
