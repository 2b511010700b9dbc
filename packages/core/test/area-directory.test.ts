// AreaDirectory over the committed areas and neighbours extracts: finding areas by any code or name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { AreaDirectory, nameKey, readAreas, readNeighbours } from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const areas = readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow')));
const links = readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow')));
const directory = new AreaDirectory(areas, links);

describe('AreaDirectory.find', () => {
  test('by current code, former code, 3-digit number, name and alias', () => {
    for (const q of ['E08000038', 'E08000016', '370', 'Barnsley', 'barnsley', '  BARNSLEY ']) assert.equal(directory.find(q)?.code, 'E08000038', q);
    assert.equal(directory.find('Bristol City of')?.laCode, '801');
    assert.equal(directory.find('Bristol, City of')?.laCode, '801');
    assert.equal(directory.find('Kingston Upon Hull, City of')?.laCode, '810');
    assert.equal(directory.find('Bedford Borough')?.laCode, '822');
    assert.equal(directory.find('Yorkshire and the Humber')?.code, 'E12000003');
    assert.equal(directory.find('nowhere'), undefined);
  });

  test('a name shared by a live and a terminated LA finds the live one, in any order', () => {
    assert.equal(directory.find('Dorset')?.laCode, '838');
    assert.equal(new AreaDirectory([...areas].reverse()).find('Dorset')?.laCode, '838');
    assert.equal(directory.find('835')?.live, false);
  });

  test('England, regions, LAs', () => {
    assert.equal(directory.england?.name, 'England');
    const salford = directory.find('Salford')!;
    assert.equal(directory.region(salford)?.name, 'North West');
    assert.equal(directory.localAuthorities().length, 160);
    assert.equal(directory.localAuthorities().filter((a) => a.live).length, 153);
  });

  test('neighbours: the newest model, in rank order', () => {
    const n = directory.neighbours(directory.find('355')!)!;
    assert.equal(n.model, '2025');
    assert.deepEqual(n.areas.map((x) => x.rank), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(n.areas[0].area.name, 'Sheffield');
    assert.equal(directory.neighbours(directory.england!), undefined);
  });

  test('nameKey', () => {
    assert.equal(nameKey('Bristol, City of'), nameKey('Bristol City of'));
    assert.equal(nameKey('Westmorland & Furness'), nameKey('Westmorland and Furness'));
  });
});
