import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves the boundary rules in eslint.config.js are live, so they cannot silently disappear.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The probe files do not exist on disk, so the TypeScript project service would refuse them; let it
// type-check them in its default project. Every rule comes from the real config, unchanged.
const PROBES = [
  'lib/*/__boundary-probe__.ts',
  'lib/*/__boundary-probe__.tsx',
  'components/__boundary-probe__.tsx',
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          // One probe file per layer: more than typescript-eslint's default of 8 default-project files.
          projectService: {
            allowDefaultProject: PROBES,
            maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
          },
        },
      },
    },
  });
});

async function ruleIdsFor(relativePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativePath) });
  expect(result, `no lint result for ${relativePath}`).toBeDefined();
  const messages = result?.messages ?? [];
  // A fatal parse or project error would also be "an error": make sure it is the rule that fired.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
}

describe('lint boundaries', () => {
  it('rejects React in the policy engine', async () => {
    const ids = await ruleIdsFor(
      'lib/engine/__boundary-probe__.ts',
      "import { useState } from 'react';\nexport const probe = useState;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('rejects WXT, storage and UI code in the policy engine', async () => {
    const ids = await ruleIdsFor(
      'lib/pack/__boundary-probe__.ts',
      [
        "import { browser } from '#imports';",
        "import Dexie from 'dexie';",
        "import { GuardBadge as GuardStatus } from '../../components/guard-badge';",
        'export const probe = [browser, Dexie, GuardStatus];',
        '',
      ].join('\n'),
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(3);
  });

  it('rejects the DOM in the policy engine', async () => {
    const ids = await ruleIdsFor(
      'lib/engine/__boundary-probe__.ts',
      'export const probe = (): string => document.title + String(globalThis.window);\n',
    );
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(1);
    expect(ids).toContain('no-restricted-properties');
  });

  it('accepts pure code in the policy engine', async () => {
    const ids = await ruleIdsFor(
      'lib/text/__boundary-probe__.ts',
      'export const probe = (s: string): string => s.trim();\n',
    );
    expect(ids).toEqual([]);
  });

  it('rejects browser APIs in components', async () => {
    const ids = await ruleIdsFor(
      'components/__boundary-probe__.tsx',
      "import { browser } from '#imports';\nexport const probe = browser;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it.each([
    [
      'lib/guard/__boundary-probe__.ts',
      'export const probe = (): string => document.title;\n',
      'no-restricted-globals',
    ],
    [
      'lib/protocol/__boundary-probe__.ts',
      "import { openHistoryDb } from '../db/history-db.ts';\nexport const probe = openHistoryDb;\n",
      'no-restricted-imports',
    ],
    [
      'lib/sites/__boundary-probe__.ts',
      "import { browser } from '#imports';\nexport const probe = browser;\n",
      'no-restricted-imports',
    ],
    [
      'lib/dom/__boundary-probe__.tsx',
      "import { useState } from 'react';\nexport const probe = useState;\n",
      'no-restricted-imports',
    ],
    [
      'lib/sites/__boundary-probe__.ts',
      "import { runGuard } from '../content/run-guard.ts';\nexport const probe = runGuard;\n",
      'no-restricted-imports',
    ],
    [
      'lib/content/__boundary-probe__.ts',
      "import Dexie from 'dexie';\nexport const probe = Dexie;\n",
      'no-restricted-imports',
    ],
    [
      'lib/content/__boundary-probe__.ts',
      "import { recordEvent } from '../handlers/history.ts';\nexport const probe = recordEvent;\n",
      'no-restricted-imports',
    ],
    [
      'lib/handlers/__boundary-probe__.ts',
      'export const probe = (): string => document.title;\n',
      'no-restricted-globals',
    ],
    [
      'lib/db/__boundary-probe__.ts',
      "import { surfaceOf } from '../sites/resolve-surface.ts';\nexport const probe = surfaceOf;\n",
      'no-restricted-imports',
    ],
    [
      'lib/popup/__boundary-probe__.ts',
      "import { openHistoryDb } from '../db/history-db.ts';\nexport const probe = openHistoryDb;\n",
      'no-restricted-imports',
    ],
    [
      'lib/photo/__boundary-probe__.ts',
      'export const probe = (): unknown => new OffscreenCanvas(1, 1).getContext("2d") ?? document;\n',
      'no-restricted-globals',
    ],
    [
      'lib/photo-host/__boundary-probe__.ts',
      "import { useState } from 'react';\nexport const probe = useState;\n",
      'no-restricted-imports',
    ],
    [
      'lib/photo-host/__boundary-probe__.ts',
      "import { runGuard } from '../content/run-guard.ts';\nexport const probe = runGuard;\n",
      'no-restricted-imports',
    ],
  ])('%s: %s is refused by %s', async (file, code, rule) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it('rejects window in the background', async () => {
    const ids = await ruleIdsFor(
      'entrypoints/background.ts',
      'export const probe = (): number => window.innerWidth;\n',
    );
    expect(ids).toContain('no-restricted-globals');
  });
}, 60_000);
