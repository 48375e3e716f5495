import type { PhotoProgress, PhotoReport } from '../photo/report.ts';

/** Where a photo's check has got to. */
export type PhotoState =
  | { kind: 'checking'; progress: { done: number; total: number; stage: string } | null }
  | { kind: 'done'; report: PhotoReport }
  | { kind: 'failed'; reason: string }
  | { kind: 'too-large' };

export interface AttachedPhoto {
  id: string;
  name: string;
  file: File;
  /** An object URL of the file, for the dialog's thumbnail; revoked when the photo is cleared. */
  url: string;
  /** The editor whose send the photo belongs to, or null for the next send on the page. */
  owner: Element | null;
  state: PhotoState;
  /** Resolves once the state is no longer "checking" (never rejects). */
  settled: Promise<void>;
}

// Enough for any composer's carousel; the oldest go first, so a page left open for days stays small.
const MAX_PHOTOS = 40;

export const isSettled = (photo: AttachedPhoto): boolean => photo.state.kind !== 'checking';

/**
 * The photos attached on this page and how their checks went. Which send a photo belongs to:
 * see `ownerOf` (photo-owner.ts). A photo is forgotten once its send has gone through, or when
 * its composer has left the page (the site dropped the attachment with it).
 */
export class PhotoStore {
  private photos: AttachedPhoto[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly resolvers = new Map<string, () => void>();

  constructor(
    private readonly urls: { create: (file: File) => string; revoke: (url: string) => void },
    private readonly newId: () => string,
  ) {}

  add(file: File, owner: Element | null): AttachedPhoto {
    const id = this.newId();
    let resolve: () => void = () => undefined;
    const settled = new Promise<void>((r) => (resolve = r));
    const photo: AttachedPhoto = {
      id,
      name: file.name,
      file,
      url: this.urls.create(file),
      owner,
      state: { kind: 'checking', progress: null },
      settled,
    };
    this.resolvers.set(id, resolve);
    this.photos.push(photo);
    this.clear(this.photos.slice(0, Math.max(0, this.photos.length - MAX_PHOTOS)));
    this.notify();
    return photo;
  }

  get(id: string): AttachedPhoto | undefined {
    return this.photos.find((photo) => photo.id === id);
  }

  /** A check's result or failure; ignored for a photo already cleared. */
  settle(id: string, state: Exclude<PhotoState, { kind: 'checking' }>): void {
    const photo = this.get(id);
    if (!photo) return;
    photo.state = state;
    this.resolvers.get(id)?.();
    this.resolvers.delete(id);
    this.notify();
  }

  /** The background's progress on a photo still being checked. */
  progress({ photoId, done, total, stage }: PhotoProgress): void {
    const photo = this.get(photoId);
    if (photo?.state.kind !== 'checking') return;
    photo.state = { kind: 'checking', progress: { done: Math.min(done, total), total, stage } };
    this.notify();
  }

  /** The photos that go with a send from `editor`: its own, and those that belong to no composer. */
  forSend(editor: Element): AttachedPhoto[] {
    this.clear(this.photos.filter((photo) => photo.owner !== null && !photo.owner.isConnected));
    return this.photos.filter((photo) => photo.owner === editor || photo.owner === null);
  }

  /** Forgets photos (their send went through, or they left the page) and frees their thumbnails. */
  clear(photos: readonly AttachedPhoto[]): void {
    if (photos.length === 0) return;
    const gone = new Set(photos.map((photo) => photo.id));
    this.photos = this.photos.filter((photo) => !gone.has(photo.id));
    for (const photo of photos) {
      this.urls.revoke(photo.url);
      // Anyone waiting on a forgotten photo stops waiting.
      this.resolvers.get(photo.id)?.();
      this.resolvers.delete(photo.id);
    }
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
