// Keeps the chosen LA in the URL (?area=…) so a view can be shared. No inline script: the page runs under a strict CSP.
const params = new URLSearchParams(location.search);
const area = params.get('area') || 'Salford';
const input = document.getElementById('area');
input.value = area;
document.getElementById('area-name').textContent = area;
for (const el of document.querySelectorAll('inclusion-benchmark')) el.setAttribute('area', area);
for (const name of ['Salford', 'Manchester', 'Cumbria', 'Westmorland and Furness', 'Cumberland', 'Isles of Scilly', 'Camden', 'Kent']) {
  const o = document.createElement('option');
  o.value = name;
  document.getElementById('la-list').append(o);
}
