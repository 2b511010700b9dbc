// Runs inside a page sent with a Trusted Types policy (trusted-types.browser.test.ts serves it through
// /__fixtures/page): loads every element, mounts two, and posts to the parent what happened.
const errors: string[] = [];
addEventListener('error', (e) => errors.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => errors.push(`unhandled: ${String(e.reason)}`));
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));

const DATA = '/packages/sample-data/data';
const tt = (globalThis as { trustedTypes?: { createPolicy: (n: string, r: object) => { createHTML(s: string): unknown } } }).trustedTypes!;
const factoryCreate = Object.getPrototypeOf(tt).createPolicy;

async function settle(el: Element): Promise<{ tag: string; drew: boolean; alert: string | null; code: string | null }> {
  let code: string | null = null;
  el.addEventListener('inclusion-error', (e) => { code = (e as CustomEvent<{ code: string }>).detail.code; });
  document.body.append(el);
  const t0 = performance.now();
  while (performance.now() - t0 < 20000) {
    const root = el.shadowRoot;
    const alert = root?.querySelector('[role=alert]');
    if (alert) return { tag: el.localName, drew: false, alert: alert.textContent, code };
    if (root?.querySelector(el.localName === 'inclusion-tile' ? 'figure' : '.chart svg')) return { tag: el.localName, drew: true, alert: null, code };
    await new Promise((r) => setTimeout(r, 50));
  }
  return { tag: el.localName, drew: false, alert: null, code };
}

let imported = true;
try {
  await import('../src/define-all');
} catch (e) {
  imported = false;
  errors.push(`import: ${String(e)}`);
}
const defined = ['inclusion-tile', 'inclusion-ranking', 'inclusion-dashboard'].every((t) => !!customElements.get(t));
const tile = Object.assign(document.createElement('inclusion-tile'), { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' });
const ranking = Object.assign(document.createElement('inclusion-ranking'), { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' });
const elements = [await settle(tile), await settle(ranking)];
// The page's own Trusted Types use is untouched: its createPolicy is the browser's, and its own policy works.
const restored = tt.createPolicy === factoryCreate;
let host = 'not tried';
try {
  const policy = tt.createPolicy('host', { createHTML: (s: string) => s });
  const div = document.createElement('div');
  div.innerHTML = policy.createHTML('<b>host</b>') as string;
  host = div.textContent ?? '';
} catch (e) {
  host = `refused: ${e instanceof Error ? e.name : String(e)}`;
}
await new Promise((r) => setTimeout(r, 200));
parent.postMessage({ imported, defined, elements, restored, host, errors, violations }, '*');
export {};
