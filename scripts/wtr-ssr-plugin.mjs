// A @web/test-runner plugin: GET /__ssr/page.html answers with packages/components/test/ssr-page.ts rendered by
// @lit-labs/ssr in a Node child process (tsx for the TypeScript), afresh on each request, so the browser test
// hydrates what a server sends for today's templates.
import { execFile } from 'node:child_process';

export function ssrPlugin({ rootDir }) {
  return {
    name: 'ssr-page',
    async serve(context) {
      if (context.path !== '/__ssr/page.html') return undefined;
      const body = await new Promise((resolve, reject) => execFile(process.execPath,
        ['--import', 'tsx', '-e', "import('./packages/components/test/ssr-page.ts').then((m) => process.stdout.write(m.ssrPage()))"],
        { cwd: rootDir, maxBuffer: 16 * 1024 * 1024 }, (e, out) => (e ? reject(e) : resolve(out))));
      return { body, type: 'html' };
    },
  };
}
