// The dashboard's and the figures' words for a new view are core's (issue 13: every sentence shown is core's).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { areaChoiceLabel, dashboardViewText, distinctSources, showingText, sourceGroups } from '@inclusion-dashboard/core';

it('a figure announces its heading and subtitle', () => {
  assert.equal(showingText('EHC plans issued within 20 weeks', 'Salford, 2024'), 'Showing EHC plans issued within 20 weeks: Salford, 2024');
});

it('the dashboard says its view, and puts it in front of the page title once an LA is chosen', () => {
  assert.deepEqual(dashboardViewText({ national: false, area: 'Salford', theme: 'EHC plan timeliness' }),
    { announce: 'Showing Salford: EHC plan timeliness', title: 'Salford: EHC plan timeliness' });
  assert.deepEqual(dashboardViewText({ national: false, area: 'Salford', theme: null, focus: 'EHC plans issued within 20 weeks' }),
    { announce: 'Showing Salford: all themes, EHC plans issued within 20 weeks', title: 'Salford: all themes, EHC plans issued within 20 weeks' });
  assert.deepEqual(dashboardViewText({ national: true, area: null, theme: 'Exclusions' }),
    { announce: 'Showing England, regions and local authorities: Exclusions', title: 'England, regions and local authorities: Exclusions' });
  assert.deepEqual(dashboardViewText({ national: false, area: null, theme: null }), { announce: 'Choose a local authority to see its dashboard', title: null });
});

it('a former LA is listed with the year it ended', () => {
  assert.equal(areaChoiceLabel({ name: 'Salford', live: true, to: null }), 'Salford');
  assert.equal(areaChoiceLabel({ name: 'Cumbria', live: false, to: '2023-03-31' }), 'Cumbria (until 2023)');
  assert.equal(areaChoiceLabel({ name: 'Somewhere', live: false, to: null }), 'Somewhere (until its reorganisation)');
});

it('a figure of many indicators names each publication once, in the order first shown', () => {
  const m = (id: string, url: string) => ({ id, source: { publication: url.toUpperCase(), url } });
  const metas = [m('a', 'https://x/absence'), m('b', 'https://x/ehcp'), m('c', 'https://x/absence'), m('d', 'https://x/ap')];
  assert.deepEqual(distinctSources(metas).map((x) => x.id), ['a', 'b', 'd']);
  assert.deepEqual(distinctSources([]), []);
});

it('a publication name given to several addresses (LAIT\'s) is one source, with every address and release once', () => {
  const lait = 'DfE data via DfE Local Authority Interactive Tool';
  const m = (publication: string, url: string, latestRelease: string) => ({ source: { publication, url, files: [] }, latestRelease });
  const groups = sourceGroups([
    m(lait, 'https://x/ks2', 'Local Authority Interactive Tool data, April 2026'),
    m('Pupil absence in schools in England', 'https://x/absence', 'Pupil absence in schools in England, 2024/25'),
    m(lait, 'https://x/cla', 'Local Authority Interactive Tool data, April 2026'),
    m(lait, 'https://x/ks2', 'Local Authority Interactive Tool data, April 2026'),
  ]);
  assert.deepEqual(groups, [
    { publication: lait, urls: ['https://x/ks2', 'https://x/cla'], releases: ['Local Authority Interactive Tool data, April 2026'] },
    { publication: 'Pupil absence in schools in England', urls: ['https://x/absence'], releases: ['2024/25'] },
  ]);
});
