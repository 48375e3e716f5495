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
