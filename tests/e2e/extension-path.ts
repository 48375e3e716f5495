import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The unpacked Chrome build that the e2e tests load. */
export const EXT_PATH = path.join(repo, '.output/chrome-mv3');
/** The unpacked Firefox build (MV2), checked by manifest.spec.ts. */
export const FIREFOX_PATH = path.join(repo, '.output/firefox-mv2');
