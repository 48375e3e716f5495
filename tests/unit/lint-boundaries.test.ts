import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves the boundary rules in eslint.config.js are live, so they cannot silently disappear.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The probe files do not exist on disk, so the TypeScript project service would refuse them; let it
// type-check them in its default project. Every rule comes from the real config, unchanged.
const PROBES = ['lib/*/__boundary-probe__.ts', 'components/__boundary-probe__.tsx'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: { allowDefaultProject: PROBES } } },
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

  it('rejects window in the background', async () => {
    const ids = await ruleIdsFor(
      'entrypoints/background.ts',
      'export const probe = (): number => window.innerWidth;\n',
    );
    expect(ids).toContain('no-restricted-globals');
  });
}, 60_000);
