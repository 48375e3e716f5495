import type { RulePack } from '../pack/schema.ts';
import { locationFindings, readPhotoLocation } from '../photo/location.ts';
import { peopleFindings } from '../photo/people.ts';
import { dropRepeats, scaleBox, sortFindings } from '../photo/photo-findings.ts';
import type { CheckOutcome, PhotoFinding, PhotoKind, PhotoReport } from '../photo/report.ts';
import { textFindings } from '../photo/text-findings.ts';
import { uniformFindings } from '../photo/uniform.ts';
import { ANALYSIS_EDGE, decodePhoto, OCR_EDGE, pixelsOf, scaledCanvas, type DecodedPhoto } from './decode.ts';
import { detectFaces, loadFaceModels, type FaceHit } from './faces.ts';
import { logoPixels } from './logo-pixels.ts';
import { readWords, stopOcr, type OcrPaths } from './ocr.ts';
import { TimedOutError, withTimeout } from '../guard/with-timeout.ts';

export interface PhotoHostPaths {
  /** Folder of the face models, as a path on the host page's own origin. */
  modelsUrl: string;
  /** Folder URL of TensorFlow.js's WebAssembly kernels, ending in '/'. */
  kernelsUrl: string;
  ocr: OcrPaths;
}

export interface CheckProgress {
  done: number;
  total: number;
  stage: string;
}

/**
 * Time limits per check, including loading its model the first time. Generous against the measured
 * figures (README, npm run bench:photos), so that only a stuck check hits them; the page's own wait
 * for a Post is shorter and separate (lib/content).
 */
export const CHECK_LIMIT_MS: Record<PhotoKind, number> = {
  location: 5_000,
  people: 20_000,
  uniform: 5_000,
  text: 30_000,
};

const STAGES: Record<PhotoKind, string> = {
  location: 'reading where it was taken',
  people: 'looking for people',
  uniform: 'looking for the uniform',
  text: 'reading words in the photo',
};

/**
 * Runs every check on one photo. The location check reads the file's own bytes; faces and the
 * uniform look at a 1024-px copy; OCR reads a 2000-px copy in its own worker, at the same time as
 * the face model runs. A check that fails or runs out of time is reported as such, never as clean.
 */
export async function runPhotoChecks(
  pack: RulePack,
  bytes: Uint8Array,
  type: string,
  paths: PhotoHostPaths,
  onProgress: (progress: CheckProgress) => void,
): Promise<PhotoReport> {
  const photo = await decodePhoto(bytes, type);
  const outcomes: CheckOutcome[] = [];
  const findings: PhotoFinding[] = [];
  const total = 4;
  const run = async (kind: PhotoKind, work: () => Promise<PhotoFinding[]>): Promise<void> => {
    const started = performance.now();
    try {
      findings.push(
        ...(await withTimeout(
          work(),
          CHECK_LIMIT_MS[kind],
          `${STAGES[kind]} took longer than ${CHECK_LIMIT_MS[kind] / 1000} s`,
        )),
      );
      outcomes.push({ kind, state: 'done', ms: performance.now() - started });
    } catch (error) {
      const timedOut = error instanceof TimedOutError;
      if (timedOut && kind === 'text') stopOcr();
      const problem = error instanceof Error ? error.message : String(error);
      outcomes.push({
        kind,
        state: timedOut ? 'timed-out' : 'failed',
        ms: performance.now() - started,
        problem,
      });
    }
    onProgress({ done: outcomes.length, total, stage: STAGES[kind] });
  };
  try {
    onProgress({ done: 0, total, stage: STAGES.location });
    await run('location', async () => locationFindings(pack, await readPhotoLocation(bytes)));
    const text = run('text', () => readText(pack, photo, paths.ocr));
    // One 1,024-pixel copy serves both the face model and the uniform check; making it counts
    // towards the people check's time.
    let copy: AnalysisCopy | undefined;
    let faces: FaceHit[] | undefined;
    await run('people', async () => {
      const made = analysisCopy(photo);
      await loadFaceModels(paths.modelsUrl, paths.kernelsUrl);
      faces = await detectFaces(made.pixels);
      copy = made;
      return peopleFindings(pack, faces).map((finding) => rescale(finding, made.scale));
    });
    await run('uniform', () => findUniform(pack, copy, faces));
    await text;
  } finally {
    photo.bitmap.close();
  }
  return {
    width: photo.width,
    height: photo.height,
    findings: sortFindings(dropRepeats(findings)),
    checks: outcomes,
  };
}

interface AnalysisCopy {
  pixels: ImageData;
  /** From the copy's pixels back to the photo's. */
  scale: number;
}

function analysisCopy(photo: DecodedPhoto): AnalysisCopy {
  const { canvas, scale } = scaledCanvas(photo, ANALYSIS_EDGE);
  return { pixels: pixelsOf(canvas), scale };
}

/** The uniform under each face found, with faces and boxes in the copy's pixels until the end. */
async function findUniform(
  pack: RulePack,
  copy: AnalysisCopy | undefined,
  faces: FaceHit[] | undefined,
): Promise<PhotoFinding[]> {
  if (!copy || !faces) throw new Error('the uniform check needs the people check, which did not finish');
  if (faces.length === 0) return [];
  const logo = pack.photos.uniformLogo ? await logoPixels(pack.photos.uniformLogo) : undefined;
  return uniformFindings(pack, copy.pixels, faces, logo).map((finding) => rescale(finding, copy.scale));
}

async function readText(pack: RulePack, photo: DecodedPhoto, paths: OcrPaths): Promise<PhotoFinding[]> {
  const { canvas, scale } = scaledCanvas(photo, OCR_EDGE);
  const words = await readWords(paths, canvas);
  return textFindings(pack, words).map((finding) => rescale(finding, scale));
}

const rescale = (finding: PhotoFinding, scale: number): PhotoFinding =>
  finding.box ? { ...finding, box: scaleBox(finding.box, scale) } : finding;
