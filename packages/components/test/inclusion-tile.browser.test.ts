import { expect, html } from '@open-wc/testing';
import '../src/inclusion-tile/define';
import { A11Y, DATA, mount, text } from './helpers';

describe('<inclusion-tile>', () => {
  it('gives the value, comparators, rank, band and direction of travel in words', async () => {
    const el = await mount(html`<inclusion-tile src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`, 360, 'figure');
    const t = text(el);
    // EHCP 2025 release, 2024: Salford 50.1%, England 45.9%, North West 49.6%; 2023: 46.2%.
    expect(el.shadowRoot!.querySelector('.value')!.textContent).to.equal('50.1%');
    expect(t).to.contain('England45.9%').and.to.contain('North West49.6%');
    expect(t).to.match(/Rank76 of 153 \(1 = best\)/);
    expect(el.shadowRoot!.querySelector('.band')!.textContent).to.equal('B');
    // Direction is a word and an arrow, never colour alone.
    expect(el.shadowRoot!.querySelector('.travel')!.textContent).to.contain('Better (+3.9 percentage points)');
    expect(el.shadowRoot!.querySelector('.travel svg')).to.exist;
    expect(el.shadowRoot!.querySelector('.chart')).to.equal(null);
    // What the figure measures, from the extract's metadata, behind a summary.
    const def = el.shadowRoot!.querySelector('details.definitions')!;
    expect(def.querySelector('summary')!.textContent).to.equal('What this figure measures');
    expect(def.querySelector('dd')!.textContent).to.contain('Percentage of new education, health and care plans issued within 20 weeks');
    // The source names the publication once, then the release.
    expect(el.shadowRoot!.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: Education, health and care plans, June 2025.');
  });

  it('its table holds every fact it shows: the verdict, rank, band and change in the area\'s row (issue 14, item 6)', async () => {
    const el = await mount(html`<inclusion-tile src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`, 360, 'figure');
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Area', 'Value', 'Against England', 'Rank', 'Quartile band', 'Since 2023']);
    const row = [...el.shadowRoot!.querySelector('tbody tr')!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(row.slice(0, 2)).to.deep.equal(['Salford', '50.1%']);
    expect(row[3]).to.match(/^76 of 153/);
    expect(row.slice(4)).to.deep.equal(['B', 'Better (+3.9 percentage points)']);
    // The same words as the facts list shows.
    const facts = [...el.shadowRoot!.querySelectorAll('.facts dd')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
    expect(facts).to.contain(row[2]);
  });

  for (const [width, stacked] of [[320, true], [480, false]] as const) {
    it(`at ${width}px puts each fact's name ${stacked ? 'above' : 'beside'} its figure`, async () => {
      const el = await mount(html`<inclusion-tile src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`, width, 'figure');
      const dts = [...el.shadowRoot!.querySelectorAll('.facts dt')].map((e) => e.getBoundingClientRect());
      const dds = [...el.shadowRoot!.querySelectorAll('.facts dd')].map((e) => e.getBoundingClientRect());
      dts.forEach((dt, i) => {
        if (stacked) expect(dds[i].top).to.be.at.least(dt.bottom - 1);
        else expect(dds[i].left).to.be.above(dt.right);
      });
    });
  }

  it('judges direction by polarity: falling persistent absence is better', async () => {
    const el = await mount(html`<inclusion-tile src="${DATA}/attendance.arrow" indicator="persistent-absence" area="Salford" period="2024/25"></inclusion-tile>`, 360, 'figure');
    // LAIT TotPerAbNew: Salford 2023/24 23.16 → 2024/25 20.57.
    expect(el.shadowRoot!.querySelector('.travel')!.textContent).to.match(/Better \(\u2212\d+\.\d\d percentage points\)/);
  });

  it('says when a change is not compared across a series break', async () => {
    const el = await mount(html`<inclusion-tile src="${DATA}/attendance.arrow" indicator="persistent-absence" area="Salford" period="2020/21"></inclusion-tile>`, 360, 'figure');
    expect(text(el)).to.contain('Not compared: series break');
    expect(text(el)).to.contain('COVID-19');
  });

  it('passes axe', async () => {
    // A withheld derived figure (PA by SEN, Isles of Scilly, 2018/19).
    const el = await mount(html`<inclusion-tile src="${DATA}/attendance.arrow" indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="201819"></inclusion-tile>`, 360, 'figure');
    expect(text(el)).to.contain('not available (suppressed)');
    await expect(el).to.be.accessible(A11Y);
  });
});
