import type { RulePack } from '../pack/schema.ts';
import type { Box, PhotoFinding } from './report.ts';

// The people check (issue 6): how many faces the detector found and whether any look like children.
// The policy's line on images of children is its consent rule, so that is the clause quoted here,
// under the child-info category (the rule that covers anything relating to the children).

/** One face as the host's detector reports it, in the photo's own pixels. */
export interface DetectedFace {
  box: Box;
  /** The detector's confidence, 0–1. The host has already applied its own threshold. */
  score: number;
  /** The age model's estimate in years, when the host ran it. */
  age?: number;
}

/**
 * Faces with an estimated age under this may be children. The brief's line: a 16-year-old is
 * still a child in safeguarding terms, and face-api's age model is trained mostly on adults and
 * errs by several years, so the guard only ever says "may be a child".
 */
export const CHILD_AGE_UNDER = 16;

const CONSENT_ADVICE =
  "Only post photos of children through the setting, with their parents' written permission.";
const PEOPLE_ADVICE =
  'Check that everyone in the photo is happy for it to be shared, and that it shows nothing from work.';

export const mayBeChild = (face: DetectedFace) =>
  face.age !== undefined && Number.isFinite(face.age) && face.age < CHILD_AGE_UNDER;

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/** "2 of them may be children", "they may be a child", … */
function childPhrase(total: number, children: number): string {
  if (total === 1) return 'they may be a child';
  if (children === total) return total === 2 ? 'both may be children' : `all ${total} may be children`;
  return children === 1 ? '1 of them may be a child' : `${children} of them may be children`;
}

/**
 * One summary finding without a box (the count, and how many may be children), then one finding
 * with a box for each face that may be a child, so the dialog can draw where they are without
 * repeating the count. Severity: the child-info rule's when any face may be a child; otherwise a
 * notice, since adults in a photo are not against the policy by themselves. Nothing when no face
 * was found or the child-info rule is off.
 */
export function peopleFindings(pack: RulePack, faces: DetectedFace[]): PhotoFinding[] {
  const rule = pack.rules['child-info'];
  if (rule.severity === 'off' || faces.length === 0) return [];
  const clause = pack.photos.consentClause;
  const children = faces.filter(mayBeChild);
  const aged = faces.filter((f) => f.age !== undefined && Number.isFinite(f.age)).length;
  const shows = `This photo shows ${people(faces.length)}`;

  if (children.length === 0) {
    // Without ages the guard cannot tell, and says so rather than implying they are adults.
    const unsure = aged < faces.length ? ' It could not tell whether any of them are children.' : '';
    return [
      {
        kind: 'people',
        category: 'child-info',
        severity: 'notice',
        message: `${shows}.${unsure}`,
        clause,
        suggestion: unsure ? `${PEOPLE_ADVICE} ${CONSENT_ADVICE}` : PEOPLE_ADVICE,
      },
    ];
  }
  const summary: PhotoFinding = {
    kind: 'people',
    category: 'child-info',
    severity: rule.severity,
    message: `${shows}, and ${childPhrase(faces.length, children.length)}.`,
    clause,
    suggestion: CONSENT_ADVICE,
  };
  const each = children.map((face): PhotoFinding => ({
    kind: 'people',
    category: 'child-info',
    severity: rule.severity,
    message: 'This person may be a child.',
    clause,
    suggestion: CONSENT_ADVICE,
    box: face.box,
  }));
  return [summary, ...each];
}
