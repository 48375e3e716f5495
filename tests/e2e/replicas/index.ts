import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where global-setup writes the bundled replica apps, one `<name>.js` each. SSG_E2E_FIXTURES moves
 * it, so two runs on one machine do not wipe each other's bundles.
 */
export const REPLICA_BUNDLE_DIR =
  process.env.SSG_E2E_FIXTURES ?? path.resolve(here, '../../../.e2e-fixtures');

export interface Replica {
  /** Folder under tests/e2e/replicas holding `index.html` and `app.tsx`. */
  name: string;
  /** The real hosts it is served under. */
  hosts: RegExp;
}

/** Each replica page and the hosts it stands in for (shared/notes/sites.md §0.2 for messenger.com). */
export const REPLICAS: readonly Replica[] = [
  { name: 'facebook', hosts: /^(www\.|web\.)?facebook\.com$/ },
  { name: 'messenger', hosts: /^(www\.)?messenger\.com$/ },
  { name: 'instagram', hosts: /^(www\.)?instagram\.com$/ },
  { name: 'x', hosts: /^((www|mobile)\.)?(x|twitter)\.com$/ },
];

export const replicaDir = (name: string): string => path.join(here, name);

export const replicaHtml = (name: string): string =>
  fs.readFileSync(path.join(here, name, 'index.html'), 'utf8');

export const replicaBundle = (name: string): string =>
  fs.readFileSync(path.join(REPLICA_BUNDLE_DIR, `${name}.js`), 'utf8');
