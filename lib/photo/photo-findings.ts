import { SEVERITIES } from '../pack/ids.ts';
import type { Box, PhotoFinding } from './report.ts';

// Small helpers the photo host uses to put a report together: boxes found on a downscaled copy are
// scaled back to the photo's own pixels, and findings are listed in the order the dialog shows them.

/**
 * A box multiplied by `factor` (e.g. photo width ÷ working-copy width), rounded outwards to whole
 * pixels so the drawn box never cuts into what was found.
 */
export function scaleBox(box: Box, factor: number): Box {
  const x = Math.floor(box.x * factor);
  const y = Math.floor(box.y * factor);
  return {
    x,
    y,
    width: Math.ceil((box.x + box.width) * factor) - x,
    height: Math.ceil((box.y + box.height) * factor) - y,
  };
}

/** A new photo kind must be added here; photo-findings.test.ts checks every kind has a place. */
const KIND_ORDER: readonly PhotoFinding['kind'][] = ['location', 'people', 'uniform', 'text'];

/**
 * The dialog's order: location, people, uniform, then words in the picture (where the photo was
 * taken first, as it applies to the whole photo); within a kind, the most severe first. Stable, so
 * findings of equal rank keep the order their check gave them. Returns a new array.
 */
export function sortFindings(findings: readonly PhotoFinding[]): PhotoFinding[] {
  const kindRank = (f: PhotoFinding) => KIND_ORDER.indexOf(f.kind);
  const severityRank = (f: PhotoFinding) => SEVERITIES.indexOf(f.severity);
  return [...findings].sort((a, b) => kindRank(a) - kindRank(b) || severityRank(b) - severityRank(a));
}

/** How much two boxes share, as a fraction of the smaller one. */
function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.min(a.width * a.height, b.width * b.height);
}

/**
 * Drops a finding that says the same thing about the same place as one before it. OCR reads each
 * photo in two layouts (lib/photo-host/ocr.ts), so one sign can be found twice; staff should see it
 * once. Same kind and category, and boxes sharing at least half of the smaller one.
 */
export function dropRepeats(findings: readonly PhotoFinding[]): PhotoFinding[] {
  const kept: PhotoFinding[] = [];
  for (const finding of findings) {
    const repeat = kept.some(
      (other) =>
        other.kind === finding.kind &&
        other.category === finding.category &&
        (other.box && finding.box
          ? overlap(other.box, finding.box) >= 0.5
          : other.message === finding.message),
    );
    if (!repeat) kept.push(finding);
  }
  return kept;
}
