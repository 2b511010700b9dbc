// Issue 14, item 2: WCAG 1.4.12 text spacing at 320 CSS px, for every element. The bookmarklet's values (line
// height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em) are set on the page, as a
// bookmarklet does, and then inside every shadow root, as a user style sheet does. Nothing may leave its box: every
// SVG text stays inside its SVG and the element, every HTML text inside the element, and the page never scrolls
// sideways. The ranking's highlighted label keeps "band D" and its axis title keeps its arrow.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define-all';
import type { PickerOption } from '../src/inclusion-area-picker/inclusion-area-picker';
import { ALL, DATA, mount } from './helpers';

const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const EHCP = `${DATA}/ehcp.arrow`;
const ATTENDANCE = `${DATA}/attendance.arrow`;
const OPTIONS: PickerOption[] = [
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E08000003', label: 'Bournemouth, Christchurch and Poole', hint: 'E06000058, 839' },
];
/** 320 px less the page's 8 px margins. */
const WIDTH = 304;

const CASES: [string, () => TemplateResult][] = [
  ['tile', () => html`<inclusion-tile src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`],
  ['benchmark', () => html`<inclusion-benchmark src=${EHCP} indicator="ehcp-20-weeks" area="Salford" neighbours="each"></inclusion-benchmark>`],
  ['trend', () => html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Salford"></inclusion-trend>`],
  // The audit's case: "Salford 7.28%, rank 124 of 153, band D".
  ['ranking', () => html`<inclusion-ranking src=${ATTENDANCE} indicator="overall-absence" area="Salford"></inclusion-ranking>`],
  ['funnel', () => html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" mode="funnel"></inclusion-ranking>`],
  ['map', () => html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-map>`],
  ['spine', () => html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`],
  ['breakdown', () => html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Salford"></inclusion-breakdown>`],
  ['table', () => html`<inclusion-table view="regions" src=${EHCP} indicator="ehcp-20-weeks"></inclusion-table>`],
  ['area picker', () => html`<inclusion-area-picker .options=${OPTIONS} value="E08000006"></inclusion-area-picker>`],
  ['dashboard', () => html`<inclusion-dashboard src=${ALL} area="E08000006" theme="attendance" url-state="off"></inclusion-dashboard>`],
];

/** Every element under a root, through nested shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const e of root.querySelectorAll('*')) {
    yield e;
    if (e.shadowRoot) yield* deep(e.shadowRoot);
  }
}
const roots = (host: Element): ShadowRoot[] => [host.shadowRoot!, ...[...deep(host.shadowRoot!)].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
const hidden = (e: Element) => !!e.closest('.visually-hidden, [hidden], [aria-hidden="true"]:not(svg)') || e.getClientRects().length === 0;
const frames = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r)); };
const ownText = (e: Element) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
const words = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);

/** Text that leaves its box: SVG text outside its SVG or the element, HTML text outside the element. */
function overflowing(host: Element): string[] {
  const out: string[] = [];
  const box = host.getBoundingClientRect();
  const past = (r: DOMRect, b: DOMRect) => r.left < b.left - 1 || r.right > b.right + 1;
  for (const e of deep(host.shadowRoot!)) {
    if (e.localName === 'svg') {
      const svgBox = e.getBoundingClientRect();
      for (const t of e.querySelectorAll('text')) {
        if (!t.textContent!.trim()) continue;
        const r = t.getBoundingClientRect();
        if (past(r, svgBox) || r.top < svgBox.top - 1 || r.bottom > svgBox.bottom + 1) out.push(`svg text "${words(t)}" ${Math.round(r.left)}..${Math.round(r.right)} outside its svg ${Math.round(svgBox.left)}..${Math.round(svgBox.right)}`);
        else if (past(r, box)) out.push(`svg text "${words(t)}" outside the element`);
      }
      continue;
    }
    if (e.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !ownText(e) || hidden(e) || e.closest('.table-wrap')) continue;
    const r = e.getBoundingClientRect();
    if (past(r, box)) out.push(`${e.localName}.${e.className} "${words(e)}" ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`);
  }
  if (document.documentElement.scrollWidth > 321) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  return out;
}

describe('WCAG 1.4.12 text spacing at 320 px, every element', function () {
  this.timeout(60000);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);

  afterEach(async () => {
    document.adoptedStyleSheets = [];
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, make] of CASES) {
    it(`${name}: the spacing reaches inside, and no text leaves its box`, async () => {
      await setViewport({ width: 320, height: 900 });
      const el = await mount<HTMLElement>(make(), WIDTH, '.chart svg, [role=alert], figure, input');
      for (const d of deep(el.shadowRoot!)) if (d.localName === 'details') (d as HTMLDetailsElement).open = true;
      // On the page only, as the bookmarklet does: line height, letter and word spacing inherit inside, and the
      // paragraphs follow the inherited line height with 2em below them.
      document.adoptedStyleSheets = [sheet];
      // The dashboard's charts draw after it does.
      if (name === 'dashboard') await new Promise((r) => setTimeout(r, 3000));
      await frames(2);
      const em = parseFloat(getComputedStyle(el).fontSize);
      const para = [...deep(el.shadowRoot!)].find((e) => e.localName === 'p' && !hidden(e) && ownText(e));
      if (para) {
        const cs = getComputedStyle(para);
        expect(parseFloat(cs.letterSpacing), 'letter spacing inside').to.be.closeTo(0.12 * em, 0.05);
        expect(parseFloat(cs.marginBottom), `paragraph spacing of p.${para.className}`).to.be.at.least(2 * parseFloat(cs.fontSize) - 0.5);
      }
      // Then inside every shadow root too, as a user style sheet does (it beats the elements' own line heights).
      const all = roots(el);
      for (const r of all) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
      try {
        // The charts redraw for the new spacing: a resize, then a queued draw.
        await frames(4);
        await new Promise((r) => setTimeout(r, 300));
        await frames(2);
        expect(overflowing(el)).to.deep.equal([]);
        if (name === 'ranking') {
          const label = el.shadowRoot!.querySelector('.selected-label text')!;
          const said = [...label.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
          expect(said).to.contain('Salford').and.to.contain('7.28%').and.to.match(/band D$/);
          const axis = el.shadowRoot!.querySelector('.x-label text')!;
          expect(axis.textContent!.trim()).to.match(/→$/);
        }
      } finally {
        for (const r of all) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  }
});
