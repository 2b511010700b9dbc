// @web/test-runner commands for the hostile-input tests, through the Chrome DevTools Protocol:
//   executeServerCommand('cdp-heap')                      → { used, total } bytes of the page's JS heap, after a GC
//   executeServerCommand('cdp-throttle', { rate: 4 })     → slows the page's CPU 4x (1 turns it off)
// performance.memory is bucketed and rarely updated without special flags, so the heap is read from CDP instead.

const sessions = new WeakMap();

async function cdpFor(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`cdp commands support the chrome launcher only, not ${session.browser.type}`);
  const page = session.browser.getPage(session.id);
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

export function cdpPlugin() {
  return {
    name: 'inclusion-cdp',
    async executeCommand({ command, payload, session }) {
      if (command === 'cdp-heap') {
        const cdp = await cdpFor(session);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        return { used: usedSize, total: totalSize };
      }
      if (command === 'cdp-throttle') {
        const rate = Number(payload?.rate);
        if (!(rate >= 1 && rate <= 20)) throw new Error('cdp-throttle needs { rate } from 1 to 20');
        await (await cdpFor(session)).send('Emulation.setCPUThrottlingRate', { rate });
        return true;
      }
      return undefined;
    },
  };
}
