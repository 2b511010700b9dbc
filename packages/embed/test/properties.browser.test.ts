// Properties take what people pass from script and frameworks: React 19 and Vue set `area={886}` as a number
// property, not an attribute. A number for an LA code or a calendar year must draw the same as the string.
import '../../components/src/define-all';

export {};

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

async function drawn(el: HTMLElement): Promise<string> {
  const t0 = performance.now();
  while (!el.shadowRoot?.querySelector('figure, [role=alert]')) {
    check(performance.now() - t0 < 20000, 'the element did not draw within 20 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  return el.shadowRoot!.textContent ?? '';
}

const SRC = '/packages/sample-data/data/ehcp.arrow';

describe('number properties', () => {
  afterEach(() => document.body.replaceChildren());

  it('el.area = 886 (a number) draws the tile for Kent, as area="886" does', async () => {
    const byNumber = document.createElement('inclusion-tile');
    Object.assign(byNumber, { src: SRC, indicator: 'ehcp-20-weeks' });
    (byNumber as unknown as { area: unknown }).area = 886;
    const byText = document.createElement('inclusion-tile');
    for (const [k, v] of Object.entries({ src: SRC, indicator: 'ehcp-20-weeks', area: '886' })) byText.setAttribute(k, v);
    document.body.append(byNumber, byText);
    const [a, b] = await Promise.all([drawn(byNumber), drawn(byText)]);
    check(!byNumber.shadowRoot!.querySelector('[role=alert]'), `error: ${a}`);
    check(a.includes('Kent'), `expected Kent: ${a}`);
    check(a === b, 'the number and the string should draw the same tile');
  });

  it('el.period = 2023 (a number) picks that calendar year', async () => {
    const el = document.createElement('inclusion-tile');
    Object.assign(el, { src: SRC, indicator: 'ehcp-20-weeks', area: 'Salford' });
    (el as unknown as { period: unknown }).period = 2023;
    document.body.append(el);
    const text = await drawn(el);
    check(!el.shadowRoot!.querySelector('[role=alert]'), `error: ${text}`);
    check(text.includes('2023'), `expected 2023: ${text}`);
  });
});
