// @ts-check
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Import boundaries (docs: README "Boundaries"). Each layer is listed once, and no two blocks below
// set the same rule for overlapping globs: in a flat config a later block REPLACES a rule's options.

/** The pure policy engine: runs in Node and in any extension context, so it knows nothing of them. */
const ENGINE = [
  'lib/pack/**',
  'lib/pack-trust/**',
  'lib/safeguarding/**',
  'lib/engine/**',
  'lib/text/**',
  'lib/guard/**',
  'lib/protocol/**',
  'lib/photo/**',
];
/** Site adapters and DOM readers: they read pages, but know no extension API, React or policy state. */
const SITES = ['lib/sites/**', 'lib/dom/**'];
/** The content runtime: wires adapters, UI and messages together inside the page. */
const CONTENT = ['lib/content/**'];
/** Background-only code: the history database and the message handlers. */
const BACKGROUND_LIB = ['lib/db/**', 'lib/handlers/**'];
const COMPONENTS = ['components/**'];
const ENTRYPOINTS = ['entrypoints/**'];
const BACKGROUND = ['entrypoints/background.ts', 'entrypoints/background/**'];
/**
 * The photo host: decodes photos and runs the face and OCR models in the offscreen document (or a
 * Firefox background frame). It has a DOM of its own but no UI, page or storage code.
 */
const PHOTO_HOST = ['lib/photo-host/**'];
/** The popup's data layer: browser APIs and React hooks, but the history only through messages. */
const POPUP_DATA = ['lib/popup/**', 'lib/options/**'];

/** Paths of ours, matched anywhere in the specifier, so `@/lib/db`, `~/lib/db` and `../../lib/db` all count. */
const ours = (/** @type {string[]} */ dirs) => `(^|/)(${dirs.join('|')})(/|$)`;

/**
 * Our runtime folders by their bare names too, so that relative imports from inside lib/
 * ('../db/history-db.ts') are caught as well as '@/lib/db/…'.
 */
const LIB_RUNTIME = ['sites', 'dom', 'content', 'db', 'handlers', 'popup', 'messaging', 'photo-host'];

const WEB_EXTENSION_APIS = ['#imports', 'wxt', 'webextension-polyfill', 'dexie'];
const WEB_EXTENSION_API_PATTERNS = ['wxt/*', '@wxt-dev/*', 'dexie/*'];

const restrictImports = (
  /** @type {string[]} */ paths,
  /** @type {string[]} */ groups,
  /** @type {string[]} */ ourDirs,
  /** @type {string} */ why,
) => [
  'error',
  {
    paths: paths.map((name) => ({ name, message: why })),
    patterns: [
      { group: groups, message: why },
      { regex: ours(ourDirs), message: why },
    ],
  },
];

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'chrome',
  'browser',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'HTMLElement',
  'Element',
  'fetch',
  'XMLHttpRequest',
];

export default defineConfig(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      '.e2e-fixtures/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },

  // --- boundaries ---------------------------------------------------------------------------
  {
    files: ENGINE,
    rules: {
      'no-restricted-imports': restrictImports(
        ['react', 'react-dom', ...WEB_EXTENSION_APIS],
        ['react/*', 'react-dom/*', ...WEB_EXTENSION_API_PATTERNS],
        ['lib/sites', 'lib/content', 'lib/db', 'components', 'entrypoints', ...LIB_RUNTIME],
        'The policy engine is pure: no React, browser APIs, storage, site or UI code (README "Boundaries").',
      ),
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'The policy engine is pure and also runs in Node: pass what it needs in as arguments.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'navigator', 'chrome', 'browser'].map((property) => ({
          object: 'globalThis',
          property,
          message: 'The policy engine is pure and also runs in Node.',
        })),
      ],
    },
  },
  {
    files: COMPONENTS,
    rules: {
      'no-restricted-imports': restrictImports(
        WEB_EXTENSION_APIS,
        WEB_EXTENSION_API_PATTERNS,
        ['lib/db', 'lib/sites', 'lib/content', 'entrypoints'],
        'Components are props in, JSX out: no browser APIs, storage, site or content-script code.',
      ),
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser', 'indexedDB', 'localStorage'].map((name) => ({
          name,
          message: 'Components get data and callbacks through props.',
        })),
      ],
    },
  },
  {
    files: ENTRYPOINTS,
    ignores: BACKGROUND,
    rules: {
      // IndexedDB in a content script is the page's database, not ours.
      'no-restricted-imports': restrictImports(
        ['dexie'],
        ['dexie/*'],
        ['lib/db', 'entrypoints'],
        'Entrypoints are thin composition roots; storage stays behind the background.',
      ),
      'max-lines': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: SITES,
    rules: {
      'no-restricted-imports': restrictImports(
        ['react', 'react-dom', ...WEB_EXTENSION_APIS],
        ['react/*', 'react-dom/*', ...WEB_EXTENSION_API_PATTERNS],
        ['components', 'entrypoints', 'content', 'db', 'handlers', 'popup', 'messaging'],
        'Site adapters read the DOM only: no React, browser APIs, storage or runtime code, so they run on saved fixtures.',
      ),
    },
  },
  {
    files: CONTENT,
    rules: {
      // IndexedDB in a content script is the page's database, not ours; handlers run in the background.
      'no-restricted-imports': restrictImports(
        ['dexie'],
        ['dexie/*'],
        ['entrypoints', 'db', 'handlers', 'popup'],
        'The content runtime reaches storage and handlers only through messages.',
      ),
    },
  },
  {
    files: BACKGROUND_LIB,
    rules: {
      'no-restricted-imports': restrictImports(
        ['react', 'react-dom'],
        ['react/*', 'react-dom/*'],
        ['components', 'entrypoints', 'sites', 'dom', 'content', 'popup'],
        'Background code has no DOM: no UI, site or content-script code.',
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'The MV3 background is a service worker: there is no window or document.',
        })),
      ],
    },
  },
  {
    files: PHOTO_HOST,
    rules: {
      'no-restricted-imports': restrictImports(
        ['react', 'react-dom', 'dexie'],
        ['react/*', 'react-dom/*', 'dexie/*'],
        ['components', 'entrypoints', 'sites', 'dom', 'content', 'db', 'handlers', 'popup'],
        'The photo host only checks photos: no UI, page, storage or handler code.',
      ),
    },
  },
  {
    files: POPUP_DATA,
    // Its tests stand up a fake background with the real handlers and database.
    ignores: ['lib/popup/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['dexie'],
        ['dexie/*'],
        // Bare segment names, so that relative imports from inside lib/ ('../db/…') are caught too.
        ['db', 'handlers', 'entrypoints'],
        'The popup reads and changes the history through messages; storage stays behind the background.',
      ),
    },
  },
  {
    // Hooks in .ts files (the *.tsx block above covers the rest), so the rules of hooks apply here too.
    files: ['lib/popup/**/*.ts', 'lib/options/**/*.ts'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: BACKGROUND,
    rules: {
      'no-restricted-imports': restrictImports(
        ['react', 'react-dom'],
        ['react/*', 'react-dom/*'],
        ['components', 'lib/content', 'lib/sites', 'entrypoints'],
        'The background has no DOM: no UI or content-script code.',
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'The MV3 background is a service worker: there is no window or document.',
        })),
      ],
      'max-lines': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
