// Issue 16: an LA's own figures (a local extract built by `inclusion-dashboard extract` from a CSV in DfE's open
// data layout) shown beside DfE's published comparators, labelled as local and unpublished.
// The fixture: Salford's 2016/17 suspension rows of DfE's exclusions file, rewritten in the EES layout
// (packages/cli/test/fixtures), made with
//   inclusion-dashboard extract --from packages/cli/test/fixtures/salford-suspensions-201617.csv \
//     --id susp_rate=suspension-rate --only susp_rate --out packages/components/test/fixtures/salford-local-suspensions-201617.arrow
import { expect, html } from '@open-wc/testing';
import '../src/inclusion-benchmark/define';
import { clearDatasetCache } from '../src/shared/dataset';
import { A11Y, DATA, mountChart, text } from './helpers';

const LOCAL = '/packages/components/test/fixtures/salford-local-suspensions-201617.arrow';

describe('a local extract beside the national data', () => {
  beforeEach(() => clearDatasetCache());

  for (const national of [`${DATA}/exclusions.arrow`, `${DATA}/catalogue.json`]) {
    it(`${national.split('/').pop()}: the LA's own figure against the published England, region and neighbours`, async () => {
      const el = await mountChart(html`<inclusion-benchmark src="${national} ${LOCAL}" indicator="suspension-rate" area="Salford" period="201617"></inclusion-benchmark>`);
      const t = text(el);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      // Salford's own 4.11% (1445 of 35181); England 4.76% and North West 4.54% as DfE published them.
      expect(t).to.contain('4.11%');
      expect(t).to.contain('4.76%');
      expect(t).to.contain('4.54%');
      expect(el.shadowRoot!.querySelector('[part=local]')!.textContent).to.contain('not published');
      await expect(el).to.be.accessible(A11Y);
    });
  }
});
