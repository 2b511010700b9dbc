// "Every chart can be downloaded as SVG and PNG with its title, subtitle, source line and alt text" (issue 15), for
// every element that draws a chart, not only the benchmark downloads.browser.test.ts looks at closely: the SVG is a
// standalone, labelled image holding the drawn chart and its words; the PNG is that image at twice the size with the
// title, the summary (its alt text) and the source line written into the file as text. Printed, each shows its
// chart, summary and table without keyboard help or buttons.
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/src/define-all';
import { readText } from '../../components/src/shared/png-text';
import { check, download } from './download-helpers';

export {};

const DATA = '/packages/sample-data/data';
const CHARTS: Record<string, Record<string, string>> = {
  'inclusion-benchmark': { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' },
  'inclusion-trend': { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' },
  'inclusion-ranking': { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' },
  'inclusion-map': { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' },
  'inclusion-breakdown': { src: `${DATA}/attendance.arrow`, indicator: 'persistent-absence-sen', area: 'Salford', period: '2022/23' },
  'inclusion-spine': { src: ['attendance', 'exclusions', 'ehcp'].map((f) => `${DATA}/${f}.arrow`).join(' '), area: 'Salford' },
};

describe('every chart downloads as SVG and PNG with its title, subtitle, source line and alt text', () => {
  for (const [tag, attrs] of Object.entries(CHARTS)) {
    it(tag, async () => {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.style.width = '700px';
      document.body.append(el);
      try {
        // inclusion-ready: the last part of a long chart is drawn.
        await new Promise<void>((ok, fail) => {
          el.addEventListener('inclusion-ready', () => ok(), { once: true });
          el.addEventListener('inclusion-error', (e) => fail(new Error((e as CustomEvent<{ message: string }>).detail.message)), { once: true });
          setTimeout(() => fail(new Error(`${tag} was not ready within 30 s`)), 30_000);
        });
        const root = el.shadowRoot!;
        const title = root.querySelector('.title')!.textContent!.trim();
        const subtitle = root.querySelector('.subtitle')!.textContent!.trim();
        const summary = root.querySelector('[part=summary]')!.textContent!.trim();
        check(title && subtitle && summary, `${tag}: title "${title}", subtitle "${subtitle}", summary "${summary}"`);

        const svgFile = await download(root, 'Download the chart (SVG)');
        check(svgFile.name.endsWith('.svg') && svgFile.blob.type === 'image/svg+xml', `${svgFile.name} ${svgFile.blob.type}`);
        const doc = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml');
        check(!doc.querySelector('parsererror'), 'well-formed XML');
        const svg = doc.documentElement;
        check(svg.getAttribute('role') === 'img' && svg.getAttribute('aria-labelledby') === 'export-title export-desc', 'labelled image');
        check(svg.querySelector('title')!.textContent === `${title}: ${subtitle}`, `<title>: ${svg.querySelector('title')!.textContent}`);
        check(svg.querySelector('desc')!.textContent === summary, `<desc>: ${svg.querySelector('desc')!.textContent}`);
        const words = [...svg.querySelectorAll(':scope > g > g > text')].map((t) => t.textContent).join(' ');
        check(words.includes(title.split(' ').slice(0, 3).join(' ')), `title drawn: ${words.slice(0, 200)}`);
        check(words.includes(subtitle.split(' ').slice(0, 3).join(' ')), `subtitle drawn: ${words.slice(0, 300)}`);
        check(/Source: Department for Education, .*Open Government Licence v3\.0/.test(words), `source line: ${words.slice(-300)}`);
        // The drawn chart itself, with its marks and their colours.
        const chart = svg.querySelector(':scope > g > svg');
        check(chart && chart.querySelectorAll('rect, path, circle, line').length > 4, `${tag}: the chart's marks`);
        check(chart.querySelectorAll('[style*="fill"]').length > 4, 'computed fills inlined');

        const png = await download(root, 'Download the chart (PNG)');
        check(png.name.endsWith('.png') && png.blob.type === 'image/png', `${png.name} ${png.blob.type}`);
        const bitmap = await createImageBitmap(png.blob);
        check(bitmap.width === 2 * Number(svg.getAttribute('width')) && bitmap.height === 2 * Number(svg.getAttribute('height')), `${bitmap.width}x${bitmap.height}`);
        const text = readText(new Uint8Array(await png.blob.arrayBuffer()));
        check(text.Title === `${title}: ${subtitle}`, `PNG Title: ${text.Title}`);
        check(text.Description === summary, `PNG Description: ${text.Description}`);
        check(/^Source: Department for Education, .*Open Government Licence v3\.0\.$/.test(text.Copyright ?? ''), `PNG Copyright: ${text.Copyright}`);

        // Printed: the chart, its summary and its table; no keyboard help, no buttons, no "Show the data" toggle.
        await emulateMedia({ media: 'print' });
        try {
          const shown = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)].some((n) => n.getClientRects().length > 0 && getComputedStyle(n).display !== 'none');
          check(shown('.chart svg') && shown('[part=summary]') && shown('[part=table] td'), `${tag}: chart, summary and table print`);
          // A sort button in a column head prints as the head's plain text (print.styles.ts): not a button to see.
          for (const sel of ['.keys', '.actions', 'button:not(th button.sort)', 'summary']) check(!shown(sel), `${tag}: ${sel} in print`);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      } finally {
        el.remove();
      }
    });
  }
});
