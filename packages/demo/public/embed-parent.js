// For the page that holds the iframes: sizes every <iframe data-inclusion-embed> to the height its embed page
// reports, so the chart shows in full with no inner scroll bar. Works as a classic or a module script, sets no
// globals, and accepts a height only from the iframe it is for, from the origin that iframe points at.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'inclusion-dashboard:height') return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height < 0 || height > 50000) return;
  for (const frame of document.querySelectorAll('iframe[data-inclusion-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    frame.style.height = `${Math.ceil(height)}px`; // a CSSOM write, which a strict style-src allows
    return;
  }
});
