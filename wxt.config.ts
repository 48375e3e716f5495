import path from 'node:path';
import { defineConfig } from 'wxt';
import { PHOTO_ASSETS } from './scripts/photo-assets.ts';

const modules = path.resolve(import.meta.dirname, 'node_modules');

// Auto-imports are off so that every dependency is a visible import line that the
// boundary lint rules in eslint.config.js can check.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // SSG_OUTPUT_DIR builds somewhere else (tests/e2e/extension-path.ts follows it), so two builds can
  // be tested side by side.
  ...(process.env.SSG_OUTPUT_DIR && { outDir: process.env.SSG_OUTPUT_DIR }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Staff Social Guard',
    description:
      "Checks your posts and messages against your setting's social media policy before you send them. Drafts never leave your device.",
    // storage: settings, the pack, the outbox; alarms: checking a pack link every few hours and
    // retrying reports; contextMenus: "Report to safeguarding lead" on selected text; activeTab: a
    // screenshot of the tab, only when the person starts a report from that menu (no install warning).
    // offscreen (Chrome and Edge only): the photo guard's checks run in an offscreen document, off
    // the page's main thread; Firefox runs them in a frame of its background page instead.
    permissions: [
      'storage',
      'alarms',
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['offscreen' as const]),
    ],
    // The photo guard's OCR and face models are WebAssembly and TensorFlow.js code that ship inside
    // the extension; 'wasm-unsafe-eval' lets our own pages compile that WebAssembly. No remote code.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" }
        : ("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" as never),
    // Chrome and Edge read an administrator's pack address and trusted keys through this schema;
    // Firefox takes the same keys from its "3rdparty" enterprise policy.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'staff-social-guard@staffsocialguard.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The OCR worker, core and English data, and the face models, copied from their packages into
    // the extension: nothing is downloaded at run time (scripts/photo-assets.ts lists them).
    'build:publicAssets': (_wxt, files) => {
      for (const asset of PHOTO_ASSETS) {
        files.push({ absoluteSrc: path.join(modules, asset.from), relativeDest: asset.to });
      }
    },
  },
});
