// A @web/test-runner command that emulates CSS media features through the Chrome DevTools Protocol.
// The built-in `emulateMedia` goes through puppeteer's page.emulateMediaFeatures, which rejects `forced-colors`
// (it accepts only prefers-color-scheme, prefers-reduced-motion and color-gamut), so forced-colours tests need this.
//
// In a test: executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })
// An empty list clears every emulated feature. Each call replaces the previous set.

/** One CDP session per page: the emulation lasts only as long as the session that set it. */
const sessions = new WeakMap();

export function emulateMediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const features = payload?.features;
      if (!Array.isArray(features) || !features.every((f) => typeof f?.name === 'string' && typeof f?.value === 'string')) {
        throw new Error('emulate-media-features needs { features: [{ name, value }] }');
      }
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-media-features supports the chrome launcher only, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { media: '', features });
      return true;
    },
  };
}
