import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { Box } from '../photo/report.ts';

// OCR with tesseract.js, its WebAssembly core and the English LSTM data all shipped inside the
// extension (scripts/photo-assets.ts), so reading a sign never touches the network. The tesseract
// worker is a Worker of its own, so recognition runs off even the photo host's main thread.

export interface OcrWord {
  text: string;
  box: Box;
  confidence: number;
  /** Which line of the photo's text the word is on, counted from 0. */
  line: number;
}

/** Where the shipped files are, as extension URLs. */
export interface OcrPaths {
  workerPath: string;
  corePath: string;
  langPath: string;
}

let worker: Promise<Worker> | undefined;

/** Starts the OCR worker once and keeps it for later photos (starting takes about a second). */
export function startOcr(paths: OcrPaths): Promise<Worker> {
  worker ??= (async () => {
    const created = await createWorker('eng', OEM.LSTM_ONLY, {
      ...paths,
      // A blob: worker cannot importScripts() an extension URL, so load the worker file directly.
      workerBlobURL: false,
      cacheMethod: 'none',
    });
    return created;
  })();
  worker.catch(() => (worker = undefined));
  return worker;
}

/**
 * Tesseract's two ways of finding text on a page, both run on every photo. AUTO finds words set in
 * a box or panel (most signs); SPARSE_TEXT finds scattered words AUTO passes over. Together they
 * read 72% of the signs in the labelled set against 48% and 62% alone, with no false finding, and
 * a 12-megapixel photo still reads in about a second (npm run eval:photos, npm run bench:photos).
 */
const LAYOUTS = [PSM.AUTO, PSM.SPARSE_TEXT];

/** The words tesseract reads in the image, with boxes in the image's own pixels. */
export async function readWords(paths: OcrPaths, image: OffscreenCanvas): Promise<OcrWord[]> {
  const ocr = await startOcr(paths);
  const words: OcrWord[] = [];
  let line = 0;
  for (const layout of LAYOUTS) {
    await ocr.setParameters({ tessedit_pageseg_mode: layout });
    const { data } = await ocr.recognize(image, {}, { blocks: true, text: false });
    for (const row of (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((p) => p.lines))) {
      for (const word of row.words) {
        const { x0, y0, x1, y1 } = word.bbox;
        const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
        words.push({ text: word.text, confidence: word.confidence, line, box });
      }
      line += 1;
    }
  }
  return words;
}

/**
 * Drops the worker after a check ran out of time, so the next photo starts a fresh one. A worker
 * that never finished starting never resolves (tesseract does not reject then), so this does not
 * wait for it.
 */
export function stopOcr(): void {
  const current = worker;
  worker = undefined;
  void current?.then((stuck) => stuck.terminate()).catch(() => undefined);
}
