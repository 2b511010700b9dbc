// `npm run manifest`: writes custom-elements.json, read by Storybook autodocs, IDEs and the embed page's
// allow-list test. Private and protected members and stylesheet text are implementation detail, so they are left
// out (which also keeps the file from changing on every style edit). The `--inclusion-*` custom properties are
// documented once, on FigureElement (shared/figure-element.ts); every element styled by the same base styles (the
// dashboard, the area picker) lists them too. scripts/gen-element-docs.mjs writes each element's docs from this file.
import { readFileSync } from 'node:fs';
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

/** Each define.ts registers its element through `defineElement('tag', Class)` (shared/define-element.ts). */
const defineElementCalls = () => ({
  name: 'define-element-calls',
  analyzePhase({ ts, node, moduleDoc, context }) {
    if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'defineElement') return;
    const [tag, element] = node.arguments;
    if (tag?.kind !== ts.SyntaxKind.StringLiteral || element?.kind !== ts.SyntaxKind.Identifier) return;
    const declaration = { name: element.text, ...resolveModuleOrPackageSpecifier(moduleDoc, context, element.text) };
    moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration }];
  },
  // The analyzer also reads the helpers' own `customElements.define(tag, …)` as a definition of an element named
  // "tag": a custom element's name has a hyphen.
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
    }
  },
});

const publicApi = () => ({
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    // Directory listing order differs between machines: sort, so a fresh clone writes the same file.
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (typeof decl.default === 'string' && decl.default.startsWith('css`')) delete decl.default;
        if (!decl.members) continue;
        decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !(m.static && m.name === 'styles'));
      }
    }
    const decls = customElementsManifest.modules.flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ mod, decl })));
    // An inherited member's keys come in the order the analyzer met the classes, which also differs between
    // machines (its description before or after `inheritedFrom`): `inheritedFrom` goes last.
    for (const { decl } of decls) {
      for (const list of [decl.members, decl.attributes, decl.events]) {
        for (const item of list ?? []) {
          if (!item.inheritedFrom) continue;
          const from = item.inheritedFrom;
          delete item.inheritedFrom;
          item.inheritedFrom = from;
        }
      }
    }
    const shared = decls.find(({ decl }) => decl.name === 'FigureElement')?.decl.cssProperties ?? [];
    for (const { mod, decl } of decls) {
      if (!decl.tagName || decl.cssProperties?.length) continue;
      if (/\bbaseStyles\b/.test(readFileSync(mod.path, 'utf8'))) {
        decl.cssProperties = shared.map((p) => ({ ...p, inheritedFrom: { name: 'baseStyles', module: 'src/shared/base.styles.ts' } }));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/shared/story-args.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), publicApi()],
};
