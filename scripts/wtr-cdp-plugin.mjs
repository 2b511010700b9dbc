// @web/test-runner commands for the hostile-input tests, through the Chrome DevTools Protocol:
//   executeServerCommand('cdp-heap')                      → { used, total } bytes of the page's JS heap, after a GC
//   executeServerCommand('cdp-throttle', { rate: 4 })     → slows the page's CPU 4x (1 turns it off)
//   executeServerCommand('cdp-no-body-buffers')           → DevTools keeps no copy of response bodies
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
      if (command === 'cdp-no-body-buffers') {
        // Puppeteer's own session keeps every response body for DevTools: finishing an 8.5 MB download then took
        // a 90 ms task (ResponseBodyLoader::DidFinishLoadingBody) that no visitor's browser has. Re-enabled with no
        // buffers, that task takes 1 ms; puppeteer's request events still arrive.
        const page = session.browser.getPage(session.id);
        const client = typeof page._client === 'function' ? page._client() : page._client;
        await client.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
        return true;
      }
      return undefined;
    },
  };
}
