// The picker's choices are a property (an array); its `change` event carries the chosen area's code.
const picker = document.querySelector('inclusion-area-picker');
picker.options = [
  { value: 'E08000003', label: 'Manchester', hint: 'E08000003, 352' },
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E10000016', label: 'Kent', hint: 'E10000016, 886' },
];
picker.addEventListener('change', (e) => {
  for (const el of document.querySelectorAll('inclusion-tile, inclusion-benchmark')) el.setAttribute('area', e.detail.value);
});
document.querySelector('inclusion-benchmark').addEventListener('inclusion-ready', (e) => {
  document.getElementById('drawn').textContent = e.detail.area.name;
});
