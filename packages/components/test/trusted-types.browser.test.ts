// Trusted Types (shared/trusted-types.ts): under require-trusted-types-for 'script' with Lit's policy (lit-html)
// allowed, the elements draw with no violation; where the page forbids it, each element shows its own error and
// fires inclusion-error (code trusted-types), nothing is thrown at the page, and the page's own policies still work.
// Each case is a page sent with that Content-Security-Policy header (/__fixtures/page), in an iframe.
import { expect } from '@open-wc/testing';

interface Outcome {
  imported: boolean;
  defined: boolean;
  elements: { tag: string; drew: boolean; alert: string | null; code: string | null }[];
  restored: boolean;
  host: string;
  errors: string[];
  violations: string[];
}

async function underPolicy(csp: string): Promise<Outcome> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const got = new Promise<Outcome>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the page under "${csp}"`)), 60000);
    addEventListener('message', function on(e) {
      if (e.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', on);
      resolve(e.data as Outcome);
    });
  });
  frame.src = `/__fixtures/page?${new URLSearchParams({ csp, module: '/packages/components/test/trusted-types-page.ts' })}`;
  document.body.append(frame);
  try {
    return await got;
  } finally {
    frame.remove();
  }
}

describe('Trusted Types', function () {
  this.timeout(90000);

  it('draws under require-trusted-types-for \'script\' with trusted-types lit-html, with no violation', async () => {
    const o = await underPolicy("require-trusted-types-for 'script'; trusted-types lit-html host");
    expect(o.errors).to.deep.equal([]);
    expect(o.violations).to.deep.equal([]);
    expect(o.elements.map((e) => [e.tag, e.drew, e.code])).to.deep.equal([['inclusion-tile', true, null], ['inclusion-ranking', true, null]]);
    expect(o.restored).to.equal(true);
    expect(o.host).to.equal('host');
  });

  for (const csp of ["require-trusted-types-for 'script'; trusted-types 'none'", "trusted-types 'none'", "require-trusted-types-for 'script'; trusted-types host"]) {
    it(`under "${csp}": each element shows its own error, nothing reaches the page`, async () => {
      const o = await underPolicy(csp);
      expect(o.imported, 'the import did not throw').to.equal(true);
      expect(o.defined, 'the elements are defined').to.equal(true);
      expect(o.errors).to.deep.equal([]);
      for (const e of o.elements) {
        expect(e.code, e.tag).to.equal('trusted-types');
        expect(e.alert, e.tag).to.contain('trusted-types directive');
      }
      expect(o.restored).to.equal(true);
      // The page's own policy, where its CSP allows one, is unaffected.
      expect(o.host).to.equal(csp.includes('host') ? 'host' : 'refused: TypeError');
    });
  }
});
