// Getting a chart out: "Download the chart (SVG)" and "(PNG)" give files with the title, subtitle, source line and
// alt text around the drawn chart; printing shows the chart, summary and table without keyboard help or buttons.
// Salford's EHC plans issued within 20 weeks in 2024: 50.1% (231 of 461), as the CLI prints.
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/src/define-all';

export {};

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

async function drawn(el: HTMLElement): Promise<ShadowRoot> {
  const t0 = performance.now();
  while (!el.shadowRoot?.querySelector('.chart svg, [role=alert]')) {
    check(performance.now() - t0 < 20000, 'the chart did not draw within 20 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  check(!el.shadowRoot.querySelector('[role=alert]'), el.shadowRoot.textContent ?? '');
  return el.shadowRoot;
}

/** Clicks a download button and returns the file it saves (the element saves through an <a download> click). */
async function download(root: ShadowRoot, label: string): Promise<{ name: string; blob: Blob }> {
  const click = HTMLAnchorElement.prototype.click;
  const saved = new Promise<{ name: string; blob: Blob }>((ok) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href).then((r) => r.blob()).then((blob) => ok({ name, blob }));
    };
  });
  try {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    check(button, `no "${label}" button`);
    button.click();
    return await saved;
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

describe('chart downloads and print', () => {
  let el: HTMLElement;
  let root: ShadowRoot;

  before(async () => {
    el = document.createElement('inclusion-benchmark');
    for (const [k, v] of Object.entries({ src: '/packages/sample-data/data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' })) el.setAttribute(k, v);
    el.style.width = '700px';
    document.body.append(el);
    root = await drawn(el);
  });
  after(() => el.remove());

  it('SVG: a standalone image with the title, subtitle, chart, source line and the summary as alt text', async () => {
    const { name, blob } = await download(root, 'Download the chart (SVG)');
    check(name.endsWith('.svg') && name.includes('salford'), `file name ${name}`);
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    check(!doc.querySelector('parsererror'), 'well-formed XML');
    const svg = doc.documentElement;
    check(svg.getAttribute('role') === 'img' && svg.getAttribute('aria-labelledby') === 'export-title export-desc', 'labelled image');
    const title = root.querySelector('.title')!.textContent!.trim();
    const subtitle = root.querySelector('.subtitle')!.textContent!.trim();
    const summary = root.querySelector('[part=summary]')!.textContent!.trim();
    check(svg.querySelector('title')!.textContent === `${title}: ${subtitle}`, `<title>: ${svg.querySelector('title')!.textContent}`);
    check(svg.querySelector('desc')!.textContent === summary, `<desc>: ${svg.querySelector('desc')!.textContent}`);
    check(summary.includes('50.1%'), `summary: ${summary}`);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    check(words.includes(title.split(' ')[0]) && words.includes('Salford'), `text drawn: ${words.slice(0, 200)}`);
    check(/Source: Department for Education, .*Open Government Licence v3\.0/.test(words.replace(/\s+/g, ' ')), `source line: ${words.slice(-300)}`);
    // The chart itself: its bars, with colours written onto them (the shadow CSS does not travel).
    check(svg.querySelectorAll('svg rect, svg path').length > 4, 'the chart marks');
    check([...svg.querySelectorAll('svg [style*="fill"]')].length > 4, 'computed fills inlined');
    check(!svg.querySelector('.focus-layer, [tabindex]'), 'no focus ring or tab stops');
  });

  it('PNG: an image at twice the size, of the same composition', async () => {
    const { name, blob } = await download(root, 'Download the chart (PNG)');
    check(name.endsWith('.png'), name);
    check(blob.type === 'image/png', blob.type);
    const bitmap = await createImageBitmap(blob);
    const svgFile = await download(root, 'Download the chart (SVG)');
    const svg = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml').documentElement;
    check(bitmap.width === 2 * Number(svg.getAttribute('width')) && bitmap.height === 2 * Number(svg.getAttribute('height')), `${bitmap.width}x${bitmap.height}`);
    // Not blank: the title's dark text is drawn near the top left.
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, 80).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 80 && px[i + 1] < 80 && px[i + 2] < 80) dark++;
    check(dark > 200, `dark title pixels: ${dark}`);
  });

  it('CSV: still the table as shown', async () => {
    const { name, blob } = await download(root, 'Download the data (CSV)');
    check(name.endsWith('.csv'), name);
    check((await blob.text()).includes('50.1'), 'the published value');
  });

  it('print: chart, summary and table; no keyboard help, no buttons', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const shown = (sel: string) => { const n = root.querySelector(sel) as HTMLElement | null; return !!n && n.getClientRects().length > 0 && getComputedStyle(n).display !== 'none'; };
      check(shown('.chart svg'), 'the chart prints');
      check(shown('[part=table]'), 'the table prints, though its details were never opened');
      check(!shown('.keys'), 'no keyboard help');
      check(!shown('.actions'), 'no download buttons');
      check(![...root.querySelectorAll('summary')].some((s) => s.getClientRects().length > 0), 'no "Show the data" toggles');
      const sort = root.querySelector('th button.sort')!;
      check(getComputedStyle(sort, '::after').content === 'none', 'no sort arrows');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
