import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// SSG_OUTPUT_DIR moves the build (wxt.config.ts) and these paths together, so two builds can be
// tested side by side without overwriting each other.
const output = process.env.SSG_OUTPUT_DIR ?? path.join(repo, '.output');

/** The unpacked Chrome build that the e2e tests load. */
export const EXT_PATH = path.join(output, 'chrome-mv3');
/** The unpacked Firefox build (MV2), checked by manifest.spec.ts. */
export const FIREFOX_PATH = path.join(output, 'firefox-mv2');
