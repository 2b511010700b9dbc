// The one-file bundle (dist/inclusion-dashboard.js, built by `npm run build`) as a host page meets it, and the
// iframe embed page. No test-library imports here: they would load Lit first and hide any globals the bundle adds.
// Runs in order: fallback before upgrade, then the bundle loaded twice, then what it draws.
export {}; // a module: its constants stay out of the other test files' scope
const DIST = '/dist/inclusion-dashboard.js';
const SNIPPETS = '/packages/demo/public/snippets';
const TAGS = [
  'inclusion-area-picker', 'inclusion-benchmark', 'inclusion-breakdown', 'inclusion-dashboard', 'inclusion-map', 'inclusion-ranking',
  'inclusion-spine', 'inclusion-table', 'inclusion-tile', 'inclusion-trend',
];
const A11Y = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}
const same = (a: unknown, b: unknown, what: string) =>
  check(JSON.stringify(a) === JSON.stringify(b), `${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);

async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 20000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A snippet file as served by the demo, with its paths mapped onto the repository root that the test server serves. */
async function snippet(file: string): Promise<string> {
  const text = await (await fetch(`${SNIPPETS}/${file}`)).text();
  return text
    .replaceAll('"/data/', '"/packages/sample-data/data/').replaceAll('=/data/', '=/packages/sample-data/data/')
    .replaceAll('"/embed', '"/packages/demo/public/embed');
}

/** Parse snippet HTML without running it (DOMParser documents are inert), keeping only its elements. */
function parse(html: string): Element[] {
  return [...new DOMParser().parseFromString(`<body>${html}`, 'text/html').body.children].filter((e) => e.localName !== 'script');
}

const visible = (el: Element) => el.getClientRects().length > 0;

interface Axe { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
async function axeIn(win: Window & { axe?: Axe }, ctx: unknown): Promise<string[]> {
  if (!win.axe) {
    const s = win.document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((ok, fail) => { s.onload = ok; s.onerror = fail; });
    win.document.head.append(s);
    await loaded;
  }
  const { violations } = await win.axe!.run(ctx, A11Y);
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe('one-file bundle', () => {
  let fallbackHost: Element;
  // A page's first Intl number format loads locale data: 100 ms or more in one task on a phone (issue 18). The
  // elements format numbers themselves, and the bundle builds Plot's default format only for a number.
  const RealNumberFormat = Intl.NumberFormat;
  const numberFormats: string[] = [];

  it('shows fallback content while the element is not yet defined', async () => {
    const [el] = parse(await snippet('fallback.html'));
    fallbackHost = document.body.appendChild(el);
    check(!customElements.get('inclusion-benchmark'), 'nothing should be defined before the bundle loads');
    check(visible(fallbackHost.querySelector('table')!), 'the fallback table should show before the upgrade');
  });

  it('loads twice, defines each element exactly once, and adds no globals', async () => {
    const before = new Set(Object.keys(window));
    const symbolsBefore = Object.getOwnPropertyNames(Symbol);
    const defined: string[] = [];
    const define = customElements.define;
    Intl.NumberFormat = new Proxy(RealNumberFormat, {
      construct: (t, a) => { numberFormats.push(new Error().stack ?? ''); return Reflect.construct(t, a); },
      apply: (t, self, a) => { numberFormats.push(new Error().stack ?? ''); return Reflect.apply(t, self, a); },
    });
    customElements.define = function (name: string, ...rest: unknown[]) {
      defined.push(name);
      return (define as (...a: unknown[]) => void).call(customElements, name, ...rest);
    } as typeof customElements.define;
    try {
      await import(/* @vite-ignore */ DIST);
      // A second copy, as when two CMS widgets each include the script: a different URL is a new module instance.
      await import(/* @vite-ignore */ `${DIST}?second-copy`);
    } finally {
      customElements.define = define;
    }
    same(defined.sort(), TAGS, 'customElements.define calls');
    for (const tag of TAGS) check(customElements.get(tag), `${tag} is not defined`);
    same(Object.keys(window).filter((k) => !before.has(k)), [], 'new globals');
    same(Object.getOwnPropertyNames(Symbol), symbolsBefore, 'properties of Symbol (no polyfills either)');
  });

  it('upgrades the fallback element: the chart draws and the fallback hides', async () => {
    const root = await until(() => fallbackHost.shadowRoot?.querySelector('.chart svg') && fallbackHost.shadowRoot, 'the chart');
    check(!root.querySelector('[role=alert]'), `error: ${root.textContent}`);
    check(!visible(fallbackHost.querySelector('table')!), 'the fallback table should hide once the element draws');
    check(/50\.1%/.test(root.textContent ?? ''), 'Salford 2024 should read 50.1%');
    Intl.NumberFormat = RealNumberFormat;
    same(numberFormats.map((s) => s.split('\n').slice(2, 4).join(' ')), [], 'Intl.NumberFormat built while loading and drawing');
    same(await axeIn(window, fallbackHost), [], 'axe violations');
  });

  it('theme.css: custom properties and ::part reach inside, nothing else does', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${SNIPPETS}/theme.css`;
    const loaded = new Promise((ok) => { link.onload = ok; });
    document.head.append(link);
    await loaded;
    const title = fallbackHost.shadowRoot!.querySelector('[part=title]')!;
    const summary = fallbackHost.shadowRoot!.querySelector('[part=summary]')!;
    check(getComputedStyle(title).fontFamily.startsWith('Verdana'), `title font: ${getComputedStyle(title).fontFamily}`);
    same(getComputedStyle(title).fontSize, '24px', 'title font size from ::part(title)');
    same(getComputedStyle(summary).borderLeftWidth, '5px', 'summary border from ::part(summary)');
    link.remove();
  });
});

describe('iframe embed', () => {
  let frame: HTMLIFrameElement;
  const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

  before(async () => {
    const box = document.body.appendChild(document.createElement('div'));
    box.style.width = '720px';
    [frame] = parse(await snippet('iframe.html')) as [HTMLIFrameElement];
    box.append(frame);
    const parentScript = '/packages/demo/public/embed-parent.js';
    await import(/* @vite-ignore */ parentScript);
  });

  it('draws the element the query string names, and sizes the iframe to its content', async () => {
    const el = await until(() => frame.contentDocument?.querySelector('inclusion-benchmark'), 'the element in the iframe');
    await until(() => el.shadowRoot?.querySelector('.chart svg, [role=alert]'), 'the chart in the iframe');
    check(!el.shadowRoot!.querySelector('[role=alert]'), `error: ${el.shadowRoot!.textContent}`);
    same(el.getAttribute('area'), 'Salford', 'area attribute');
    await until(() => frame.style.height === `${content()}px`, `iframe height ${frame.style.height} to match content ${content()}px`);
    check(content() > 300 && content() !== 700, `content height ${content()} should be the chart's, not the default`);
    check(frame.title.length > 10, 'the iframe has a title');
  });

  it('follows the content when it changes height', async () => {
    const wide = parseInt(frame.style.height, 10);
    frame.parentElement!.style.width = '320px'; // narrower: labels wrap and move above the bars
    await until(() => frame.style.height === `${content()}px` && parseInt(frame.style.height, 10) !== wide, 'a new height');
    check(parseInt(frame.style.height, 10) > wide, `narrow ${frame.style.height} should be taller than wide ${wide}px`);
  });

  it('ignores height messages from anything but its own iframe', async () => {
    window.postMessage({ type: 'inclusion-dashboard:height', height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 200));
    check(frame.style.height !== '5px', 'a message from the parent window itself resized the iframe');
  });

  it('passes axe, inside the embed page and for the iframe on the host page', async () => {
    same(await axeIn(frame.contentWindow!, frame.contentDocument), [], 'axe in the embed page');
    same(await axeIn(window, { include: [frame], exclude: [] }), [], 'axe on the host page');
  });

  it('refuses elements and data the allow-list does not name', async () => {
    for (const query of ['element=script&src=/x.js', 'element=inclusion-tile&src=https://example.com/x.arrow']) {
      const f = document.body.appendChild(document.createElement('iframe'));
      f.title = 'refused embed';
      f.src = `/packages/demo/public/embed.html?${query}`;
      const p = await until(() => f.contentDocument?.querySelector('.embed-error'), `the error for ${query}`);
      check(p.textContent!.length > 10, 'says why');
      same(f.contentDocument!.querySelectorAll('main *').length, 1, `only the error paragraph for ${query}`);
      f.remove();
    }
  });
});
