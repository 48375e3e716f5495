import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { EXT_PATH } from './extension-path';
import { REPLICA_BUNDLE_DIR, REPLICAS, replicaDir } from './replicas';

/** Bundles each replica page (React + its editor) into one script, and checks the extension is built. */
export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(path.join(EXT_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_PATH}. Run \`npx wxt build\` (or \`npm run build\`) first.`);
  }
  fs.rmSync(REPLICA_BUNDLE_DIR, { recursive: true, force: true });
  for (const { name } of REPLICAS) {
    const root = replicaDir(name);
    await build({
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      root,
      // draft-js and fbjs (the X replica) read Node's `global`; browsers call it `globalThis`.
      define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
      build: {
        outDir: REPLICA_BUNDLE_DIR,
        emptyOutDir: false,
        minify: false,
        lib: {
          entry: path.join(root, 'app.tsx'),
          formats: ['iife'],
          name: `${name}Replica`,
          fileName: () => `${name}.js`,
        },
      },
    });
  }
}
