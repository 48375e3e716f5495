// Saving a file from the options page: a Blob and an <a download>, so no `downloads` permission.

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download at once; the URL is released once it has surely been read.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name made safe for every system: `<id>-v<version>.ssgpack.json`. */
export function packFileName(id: string, version: number): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'rule-pack';
  return `${safe}-v${version}.ssgpack.json`;
}

export const KEY_BACKUP_FILE_NAME = 'staff-social-guard-signing-key.json';

/** Reads a chosen file as text, refusing anything too large to be what we asked for. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) {
    throw new Error(`The file is too large (${Math.ceil(file.size / 1024)} kB); choose the right file.`);
  }
  return file.text();
}
