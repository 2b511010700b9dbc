// The iframe embed page: creates the element its query string names, then tells the parent page its height
// whenever that changes, so the parent (embed-parent.js) can size the iframe to fit without a scroll bar.
import { elementFromQuery } from './embed-params.js';

const main = document.querySelector('main');
const made = elementFromQuery(location.search, document, location.href);
if (made.element) {
  main.append(made.element);
} else {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.textContent = made.error;
  main.append(p);
}

let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // A height is not private, and the embed cannot know which site frames it, so any parent may read it.
  // The parent checks that the message comes from its own iframe's origin.
  window.parent.postMessage({ type: 'inclusion-dashboard:height', height }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
