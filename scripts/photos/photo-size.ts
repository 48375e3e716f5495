import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the photo guard adds to the built extension: the shipped models and OCR files (photo/) and
 * the photo host page with every script it loads. Chunks shared with other pages are counted too,
 * so the figure is an upper bound.
 */
export function photoGuardSize(extensionDir: string): { unpacked: number; files: number } {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(full);
    }
  };
  walk(path.join(extensionDir, 'photo'));
  const html = path.join(extensionDir, 'photo-host.html');
  files.add(html);
  for (const [, src] of readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)) {
    files.add(path.join(extensionDir, src ?? ''));
  }
  let unpacked = 0;
  for (const file of files) unpacked += statSync(file).size;
  return { unpacked, files: files.size };
}
