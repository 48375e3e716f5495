import { sniffImageType } from '../photo/sniff.ts';

// Which attached files are photos. Sites label most files with an image/* type; a file with no type
// (or a generic one) is judged by its first bytes, the way browsers sniff images.

const GENERIC_TYPES = new Set(['', 'application/octet-stream']);

/** How many leading bytes the sniff needs. */
const SNIFF_BYTES = 16;

/** Whether a file the person attached is a photo. Never throws: an unreadable file is not one. */
export async function isPhoto(file: Blob): Promise<boolean> {
  const type = file.type.toLowerCase();
  if (type.startsWith('image/')) return true;
  if (!GENERIC_TYPES.has(type)) return false;
  try {
    return sniffImageType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())) !== undefined;
  } catch {
    return false;
  }
}
