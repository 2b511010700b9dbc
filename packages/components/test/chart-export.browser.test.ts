// A downloaded chart's title, subtitle and source are wrapped by the charts' own measurer (text-layout.ts), not a
// guess of 0.55em a character (issue 13: one way to measure text), and the source line is core's.
import { expect } from '@open-wc/testing';
import { sourceLine as coreSourceLine } from '@inclusion-dashboard/core';
import { sourceLine, standaloneSvg } from '../src/shared/chart-export';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('chart export', () => {
  it('wraps each line of words within the chart\'s width, as measured, and never cuts a word', () => {
    const chart = document.createElementNS(SVG_NS, 'svg');
    chart.setAttribute('width', '320');
    chart.setAttribute('height', '100');
    document.body.append(chart);
    // Wide capitals: a character count would let these lines run far past the width.
    const title = 'WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM';
    const out = standaloneSvg(chart, { title, subtitle: 'Salford, 2024', alt: 'A chart.', source: 'Source: DfE.', fileName: 'x' });
    document.body.append(out);
    const texts = [...out.querySelectorAll('g > g > text')] as SVGTextElement[];
    const titleLines = texts.filter((t) => t.getAttribute('font-size') === '20');
    expect(titleLines.map((t) => t.textContent).join(' ')).to.equal(title);
    expect(titleLines.length).to.be.greaterThan(1);
    for (const t of titleLines) expect(t.getComputedTextLength(), t.textContent!).to.be.at.most(320);
    out.remove();
    chart.remove();
  });

  it('the source line is core\'s', () => {
    const metas = [{ source: { publication: 'Special educational needs in England', url: '', files: [] } }];
    expect(sourceLine).to.equal(coreSourceLine);
    expect(coreSourceLine(metas as never)).to.equal('Source: Department for Education, Special educational needs in England. Contains public sector information licensed under the Open Government Licence v3.0.');
  });
});
