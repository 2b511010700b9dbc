import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { AreaDirectory } from '../src/area-directory';
import { boundaryNote, neighboursIn, placeKey, regionMembers, searchArea, successorNote } from '../src/area-search';
import { readAreas, readNeighbours } from '../src/extract/areas';

// The areas and neighbours built from DfE's files (packages/sample-data).
const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const links = readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow')));
const dir = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), links);
const la = (q: string) => {
  const m = searchArea(dir, q);
  return m.found ? `${m.found.laCode ?? m.found.code} ${m.found.name}` : `none: ${m.suggestions.join('; ')}`;
};

describe('searchArea finds areas as people name them', () => {
  for (const [q, want] of [
    ['Kent County Council', '886 Kent'],
    ['Bristol', '801 Bristol, City of'],
    ['Bristol City Council', '801 Bristol, City of'],
    ['Salford City Council', '355 Salford'],
    ['salford', '355 Salford'],
    ['Herefordshire Council', '884 Herefordshire, County of'],
    ['Durham', '840 County Durham'],
    ['St Helens', '342 St. Helens'],
    ['Hull', '810 Kingston upon Hull, City of'],
    ['Southend', '882 Southend-on-Sea'],
    ['London Borough of Camden', '202 Camden'],
    ['Royal Borough of Kensington and Chelsea', '207 Kensington and Chelsea'],
    ['Bournemouth, Christchurch and Poole Council', '839 Bournemouth, Christchurch and Poole'],
    ['E08000006', '355 Salford'],
    ['e08000006', '355 Salford'],
    ['355', '355 Salford'],
    // A former ONS code: North Yorkshire was E10000023 until it became a unitary authority in 2023.
    ['E10000023', '815 North Yorkshire'],
    // Old and new names: the live LA wins a shared name ("Dorset": 838 from 2019, 835 before).
    ['Dorset', '838 Dorset'],
    ['835', '835 Dorset'],
    ['Cumbria', '909 Cumbria'],
    ['Westmorland and Furness Council', '943 Westmorland and Furness'],
    ['North West', 'E12000002 North West'],
    ['England', 'E92000001 England'],
  ] as const) {
    it(`"${q}" → ${want}`, () => assert.equal(la(q), want));
  }

  it('names the choices when a name could be several areas', () => {
    const m = searchArea(dir, 'Yorkshire');
    assert.equal(m.found, null);
    assert.ok(!m.found && m.ambiguous.map((a) => a.name).includes('North Yorkshire') && m.ambiguous.map((a) => a.name).includes('East Riding of Yorkshire'));
  });

  it('suggests the nearest names for a misspelling', () => {
    const m = searchArea(dir, 'Salfrod City Council');
    assert.ok(!m.found && m.suggestions[0] === 'Salford', JSON.stringify(m));
  });

  it('reduces names to the place', () => {
    assert.equal(placeKey('Kingston upon Hull, City of'), 'kingston upon hull');
    assert.equal(placeKey('Kent County Council'), 'kent');
    assert.equal(placeKey('City of London'), 'city of london');
  });
});

describe('boundary changes', () => {
  const cumbria = dir.find('909')!;
  it('an abolished LA names its successors for a period after it ended', () => {
    assert.equal(boundaryNote(dir, cumbria, '202324'),
      'Cumbria (LA 909) was abolished on 31 March 2023; for 2023/24 see its successors Cumberland (LA 942) and Westmorland and Furness (LA 943).');
    assert.equal(boundaryNote(dir, cumbria, '202223'), null);
    assert.equal(boundaryNote(dir, cumbria, '2022'), null);
  });
  it('an abolished LA names its successors whatever the period; a live one has no such note', () => {
    assert.equal(successorNote(dir, cumbria), 'Cumbria (LA 909) was abolished on 31 March 2023; its successors are Cumberland (LA 942) and Westmorland and Furness (LA 943).');
    assert.equal(successorNote(dir, dir.find('836')!), 'Poole (LA 836) was abolished on 31 March 2019; its successor is Bournemouth, Christchurch and Poole (LA 839).');
    assert.equal(successorNote(dir, dir.find('355')!), null);
  });
  it('a new LA names its predecessor for a period before it began', () => {
    assert.match(boundaryNote(dir, dir.find('942')!, '2022')!, /Cumberland \(LA 942\) was formed on 1 April 2023; figures for 2022 belong to Cumbria \(LA 909\)/);
  });
});

describe('groups', () => {
  const salford = dir.find('Salford')!;
  it('gives the neighbours of either model', () => {
    assert.deepEqual(neighboursIn(dir, links, salford, '2021')!.areas.slice(0, 2).map((a) => a.laCode), ['341', '806']);
    const newest = neighboursIn(dir, links, salford)!;
    assert.equal(newest.model, '2025');
    assert.equal(newest.areas.length, 10);
    assert.deepEqual(newest.areas.map((a) => a.code), dir.neighbours(salford)!.areas.map((a) => a.area.code));
  });
  it('gives a region’s LAs in a period, without those abolished or not yet formed', () => {
    const nw = regionMembers(dir, dir.find('North West')!, '202324').map((a) => a.name);
    assert.ok(nw.includes('Salford') && nw.includes('Cumberland') && !nw.includes('Cumbria'));
    const before = regionMembers(dir, dir.find('North West')!, '202122').map((a) => a.name);
    assert.ok(before.includes('Cumbria') && !before.includes('Cumberland'));
  });
});
