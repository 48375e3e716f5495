import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where global-setup writes the bundled replica apps, one `<name>.js` each. */
export const REPLICA_BUNDLE_DIR = path.resolve(here, '../../../.e2e-fixtures');

export interface Replica {
  /** Folder under tests/e2e/replicas holding `index.html` and `app.tsx`. */
  name: string;
  /** The real hosts it is served under. */
  hosts: RegExp;
}

/** Each replica page and the hosts it stands in for. Add Instagram and X here. */
export const REPLICAS: readonly Replica[] = [{ name: 'facebook', hosts: /^(www\.|web\.)?facebook\.com$/ }];

export const replicaDir = (name: string): string => path.join(here, name);

export const replicaHtml = (name: string): string =>
  fs.readFileSync(path.join(here, name, 'index.html'), 'utf8');

export const replicaBundle = (name: string): string =>
  fs.readFileSync(path.join(REPLICA_BUNDLE_DIR, `${name}.js`), 'utf8');
