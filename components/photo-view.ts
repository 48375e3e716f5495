import { MAX_PHOTO_BYTES } from '../lib/photo/host-messages.ts';
import type { Box, PhotoFinding, PhotoKind, PhotoReport } from '../lib/photo/report.ts';

/** One attached photo as the dialogs show it. */
export interface PhotoView {
  id: string;
  /** The file's name, e.g. "IMG_2041.jpg". */
  name: string;
  /** An object URL of the photo for the thumbnail; '' shows no picture. */
  src: string;
  status: PhotoStatus;
}

export type PhotoStatus =
  | { kind: 'checking'; done: number; total: number; stage: string }
  | { kind: 'done'; report: PhotoReport }
  | { kind: 'failed'; reason: string }
  | { kind: 'too-large' }
  /** Still running when the send was decided: the person is told it did not finish. */
  | { kind: 'unfinished' };

/** The label before each photo finding, naming the check that found it. */
export const PHOTO_KIND_TITLES: Record<PhotoKind, string> = {
  location: 'Location',
  text: 'Words in the photo',
  people: 'People',
  uniform: 'Uniform',
};

/** The photo's findings, or none when it was not (fully) checked. */
export const findingsOf = (photo: PhotoView): PhotoFinding[] =>
  photo.status.kind === 'done' ? photo.status.report.findings : [];

/** A box as percentages of the photo, for drawing over a thumbnail of any size. */
export function boxPercent(box: Box, report: Pick<PhotoReport, 'width' | 'height'>) {
  const pct = (value: number, of: number) => `${Math.max(0, Math.min(100, (value / of) * 100))}%`;
  return {
    left: pct(box.x, report.width),
    top: pct(box.y, report.height),
    width: pct(box.width, report.width),
    height: pct(box.height, report.height),
  };
}

/** Where a box sits, in words, for people who cannot see it: "near the top left". */
export function boxInWords(box: Box, report: Pick<PhotoReport, 'width' | 'height'>): string {
  const across = (box.x + box.width / 2) / report.width;
  const down = (box.y + box.height / 2) / report.height;
  const row = down < 1 / 3 ? 'top' : down < 2 / 3 ? 'middle' : 'bottom';
  const column = across < 1 / 3 ? 'left' : across < 2 / 3 ? 'centre' : 'right';
  if (row === 'middle' && column === 'centre') return 'in the middle';
  if (column === 'centre') return `near the ${row}`;
  if (row === 'middle') return `near the ${column}`;
  return `near the ${row} ${column}`;
}

const CHECK_NAMES: Record<PhotoKind, string> = {
  location: 'location',
  text: 'words',
  people: 'people',
  uniform: 'uniform',
};

/**
 * What staff must know about how far the photo was checked. Never "clean" when a check did not
 * run: each check that failed or timed out is named with its reason.
 */
export function statusLines(status: PhotoStatus): string[] {
  switch (status.kind) {
    case 'checking':
      return [`Still checking (${status.done} of ${status.total} checks done).`];
    case 'too-large':
      return [`This photo was not checked: it is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`];
    case 'failed':
      return [`This photo was not checked: ${status.reason}.`];
    case 'unfinished':
      return ['The check of this photo did not finish in time, so it was not checked.'];
    case 'done': {
      const missed = status.report.checks.filter((check) => check.state !== 'done');
      const lines = missed.map((check) => {
        const why = check.problem ?? (check.state === 'timed-out' ? 'it took too long' : 'it could not run');
        return `The ${CHECK_NAMES[check.kind]} check did not finish: ${why}.`;
      });
      if (status.report.findings.length === 0) {
        lines.push(
          missed.length === 0 ? 'Nothing found in this photo.' : 'Nothing found by the checks that ran.',
        );
      }
      return lines;
    }
  }
}

/** Whether every check of the photo ran to the end. */
export function fullyChecked(status: PhotoStatus): boolean {
  return status.kind === 'done' && status.report.checks.every((check) => check.state === 'done');
}

/** What went out, by the word on the site's control. */
const NOUNS: Record<string, string> = {
  post: 'post',
  share: 'post',
  send: 'message',
  reply: 'reply',
  comment: 'comment',
};

/** "post", "message", "reply" or "comment", from the word on the site's send control. */
export const sentNoun = (actionLabel: string): string => NOUNS[actionLabel.trim().toLowerCase()] ?? 'post';

/**
 * The note after a send that went out with photos not fully checked, or null when every photo
 * was. Said plainly: the send went out, which photos were not checked, and why.
 */
export function sentNotice(photos: readonly PhotoView[], actionLabel: string): string | null {
  const missed = photos.filter((photo) => !fullyChecked(photo.status));
  if (missed.length === 0) return null;
  const verb = sentNoun(actionLabel);
  const lead = missed.every((photo) => photo.status.kind === 'unfinished')
    ? `The photo check did not finish in time, so your ${verb} went out without it.`
    : `Your ${verb} went out, but ${missed.length === 1 ? 'a photo was' : `${missed.length} photos were`} not fully checked.`;
  const details = missed
    .filter((photo) => photo.status.kind !== 'unfinished')
    .map((photo) => `${photo.name}: ${statusLines(photo.status).join(' ')}`);
  return [lead, ...details, "Please check it yourself against your setting's policy."].join(' ');
}
