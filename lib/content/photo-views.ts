import { sentNotice, type PhotoView } from '../../components/photo-view.ts';
import type { AttachedPhoto } from './photo-store.ts';
import type { GuardContext } from './guard-context.ts';

/**
 * A photo as the dialogs show it. `decided` is for the moment the send is decided: a check still
 * running then counts as "unfinished", so the dialog and the decision agree on what was known.
 */
export function viewOf(photo: AttachedPhoto, decided: boolean): PhotoView {
  const { state } = photo;
  const base = { id: photo.id, name: photo.name, src: photo.url };
  if (state.kind !== 'checking') return { ...base, status: state };
  if (decided) return { ...base, status: { kind: 'unfinished' } };
  const { done = 0, total = 1, stage = '' } = state.progress ?? {};
  return { ...base, status: { kind: 'checking', done, total, stage } };
}

/**
 * A send with these photos went through: forget them (a new send starts with new photos) and,
 * if any was not fully checked, say so in the notice, so an unchecked photo is never taken as clean.
 */
export function photosSent(
  ctx: GuardContext,
  photos: readonly AttachedPhoto[],
  views: readonly PhotoView[],
  actionLabel: string,
): void {
  ctx.photos.clear(photos);
  const notice = sentNotice(views, actionLabel);
  if (notice) ctx.ui.showNotice(notice);
}
