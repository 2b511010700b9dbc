/**
 * Make a Plot figure safe to attach: drop the <style> element Plot adds (a strict CSP blocks it; the
 * element's own stylesheet carries those rules) and hide the drawing from assistive technology,
 * which gets the summary and the table instead.
 */
export function adoptPlot(node: SVGSVGElement | HTMLElement): SVGSVGElement | HTMLElement {
  for (const s of node.querySelectorAll('style')) s.remove();
  node.setAttribute('aria-hidden', 'true');
  node.removeAttribute('aria-label');
  node.removeAttribute('aria-description');
  return node;
}
