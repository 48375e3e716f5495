import { withTimeout } from '../guard/with-timeout.ts';
import { MAX_PHOTO_BYTES, type PhotoInput } from '../photo/host-messages.ts';
import type { PhotoReport } from '../photo/report.ts';
import type { AttachedPhoto, PhotoStore } from './photo-store.ts';

// A check that has not answered in this time is given up as failed, so a photo never stays
// "checking" for ever (the send itself waits far less: PHOTO_WAIT_MS in photo-wait.ts). OCR on a
// 12-megapixel photo on a slow laptop is the longest check (issue 6 targets under 3 s).
export const PHOTO_CHECK_TIMEOUT_MS = 60_000;

export type CheckPhoto = (input: PhotoInput) => Promise<PhotoReport>;

/** The file as a data: URL. FileReader encodes it off the page's main thread. */
export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * Checks attached photos one at a time (each is read whole into memory, and the photo host works
 * through them in turn anyway), settling each in the store. Photos over MAX_PHOTO_BYTES are not
 * read at all: they settle as "too-large", and the dialog and notice say they were not checked.
 */
export function createPhotoChecker(store: PhotoStore, checkPhoto: CheckPhoto) {
  let queue: Promise<void> = Promise.resolve();

  const run = async (id: string): Promise<void> => {
    const photo = store.get(id);
    if (!photo) return;
    try {
      const dataUrl = await readDataUrl(photo.file);
      const input = {
        photoId: id,
        name: photo.name.slice(0, 500),
        type: photo.file.type.slice(0, 200),
        dataUrl,
      };
      const report = await withTimeout(
        checkPhoto(input),
        PHOTO_CHECK_TIMEOUT_MS,
        'the photo check did not answer in time',
      );
      store.settle(id, { kind: 'done', report });
    } catch (error) {
      store.settle(id, { kind: 'failed', reason: reasonOf(error) });
    }
  };

  return (file: File, owner: Element | null): AttachedPhoto => {
    const photo = store.add(file, owner);
    if (file.size > MAX_PHOTO_BYTES) store.settle(photo.id, { kind: 'too-large' });
    else queue = queue.then(() => run(photo.id));
    return photo;
  };
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() === '' ? 'the photo could not be read' : text;
}
