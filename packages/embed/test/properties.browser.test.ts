// Properties take what people pass from script and frameworks: React 19 and Vue set `area={886}` as a number
// property, not an attribute. A number for an LA code or a calendar year must draw the same as the string.
import '../../components/src/define-all';

export {};

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

async function drawn(el: HTMLElement): Promise<string> {
  const t0 = performance.now();
  // The figure with the parts under it, which are rendered a frame after it first shows.
  while (!el.shadowRoot?.querySelector('figure .source, [role=alert]')) {
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

  it('el.area = null (what Lit sets when the attribute is removed) is no area, as an element without one', async () => {
    const cleared = document.createElement('inclusion-tile');
    Object.assign(cleared, { src: SRC, indicator: 'ehcp-20-weeks', area: 'Salford' });
    (cleared as unknown as { area: unknown }).area = null;
    const none = document.createElement('inclusion-tile');
    for (const [k, v] of Object.entries({ src: SRC, indicator: 'ehcp-20-weeks' })) none.setAttribute(k, v);
    document.body.append(cleared, none);
    // A tile with no area asks for nothing yet: it waits, empty, as the one without the attribute does.
    await Promise.all([cleared, none].map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    await new Promise((r) => setTimeout(r, 1000));
    const [a, b] = [cleared, none].map((e) => e.shadowRoot?.textContent ?? '');
    check(a === b, `null: ${a.slice(0, 200)}\nnone: ${b.slice(0, 200)}`);
    check((cleared as unknown as { area: unknown }).area === '', 'area reads back as no area');
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

// What a property cannot mean is the element's own error (role=alert, inclusion-error), never a TypeError from
// deep inside ("e.trim is not a function") and never a blank element.
const WRONG: [string, string, unknown][] = [
  ['inclusion-tile', 'area', { code: 886 }],
  ['inclusion-tile', 'area', [886]],
  ['inclusion-tile', 'area', true],
  ['inclusion-tile', 'indicator', 42],
  ['inclusion-tile', 'period', { year: 2023 }],
  ['inclusion-benchmark', 'area', { code: 886 }],
  ['inclusion-trend', 'breakdown', 7],
  ['inclusion-ranking', 'src', 404],
];

describe('properties that cannot be used', () => {
  afterEach(() => document.body.replaceChildren());
  for (const [tag, prop, value] of WRONG) {
    it(`${tag}.${prop} = ${JSON.stringify(value)}: the element's own error`, async () => {
      const uncaught: string[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
      const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = document.createElement(tag);
        Object.assign(el, { src: SRC, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
        (el as unknown as Record<string, unknown>)[prop] = value;
        const events: string[] = [];
        el.addEventListener('inclusion-error', (e) => events.push((e as CustomEvent<{ message: string }>).detail.message));
        document.body.append(el);
        const text = await drawn(el);
        const alert = el.shadowRoot!.querySelector('[role=alert]');
        check(alert, `${tag}.${prop} = ${JSON.stringify(value)} drew without an error: ${text.slice(0, 200)}`);
        check(!/is not a function|is not iterable|Cannot read propert|undefined|\[object Object\]/.test(alert.textContent ?? ''), `not the element's own words: ${alert.textContent}`);
        check(events.length === 1 && (alert.textContent ?? '').includes(events[0].slice(0, 30)), `inclusion-error: ${events.join(' | ')}`);
        check(uncaught.length === 0, `uncaught: ${uncaught.join(' | ')}`);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});
