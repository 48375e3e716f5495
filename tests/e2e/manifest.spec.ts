import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXT_PATH, FIREFOX_PATH } from './extension-path';

// Guards against permission creep: any change to what the extension may touch must change this file.
// Chrome and Edge also get `offscreen`: the photo guard's checks run in an offscreen document there.
const PERMISSIONS = ['storage', 'alarms', 'contextMenus', 'activeTab'];
const PERMISSIONS_BY_BUILD: Record<string, string[]> = {
  'chrome-mv3': [...PERMISSIONS, 'offscreen'],
  'firefox-mv2': PERMISSIONS,
};
// Our own pages may compile WebAssembly (the shipped OCR core) and nothing else changes: scripts
// only from the extension itself, so no remote code can run.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
const CSP_BY_BUILD: Record<string, unknown> = { 'chrome-mv3': { extension_pages: CSP }, 'firefox-mv2': CSP };
const MATCHES = [
  '*://*.facebook.com/*',
  '*://*.instagram.com/*',
  '*://*.messenger.com/*',
  '*://*.twitter.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://x.com/*',
];
const GUARD_CSS = 'content-scripts/guard.css';

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
  world?: string;
}

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: unknown[];
};

const readManifest = (dir: string): Manifest =>
  JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();

const builds = [
  { name: 'chrome-mv3', dir: EXT_PATH, manifestVersion: 3 },
  { name: 'firefox-mv2', dir: FIREFOX_PATH, manifestVersion: 2 },
];

for (const build of builds) {
  test.describe(`${build.name} manifest`, () => {
    const manifest = readManifest(build.dir);

    test('asks for exactly the expected permissions', () => {
      expect(manifest.manifest_version).toBe(build.manifestVersion);
      // In MV2, host patterns would also appear here, so this catches host permissions too.
      expect(manifest.permissions).toEqual(PERMISSIONS_BY_BUILD[build.name]);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy).toEqual(CSP_BY_BUILD[build.name]);
    });

    test('runs one content script, at document_start, on the social sites only', () => {
      const scripts = manifest.content_scripts ?? [];
      expect(scripts).toHaveLength(1);
      const [guard] = scripts;
      expect(sorted(guard?.matches)).toEqual(sorted(MATCHES));
      expect(guard).toEqual({
        matches: guard?.matches,
        run_at: 'document_start',
        js: ['content-scripts/guard.js'],
      });
    });

    test('exposes only the shadow-root stylesheet, on the same sites', () => {
      if (build.manifestVersion === 3) {
        expect(manifest.web_accessible_resources).toEqual([
          { resources: [GUARD_CSS], use_dynamic_url: true, matches: expect.any(Array) as unknown },
        ]);
        const [entry] = manifest.web_accessible_resources as { matches: string[] }[];
        expect(sorted(entry?.matches)).toEqual(sorted(MATCHES));
      } else {
        expect(manifest.web_accessible_resources).toEqual([GUARD_CSS]);
      }
    });
  });
}
