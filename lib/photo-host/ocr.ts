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
    // Signs and labels in photos are scattered words, not a page of text: find as much as possible.
    await created.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    return created;
  })();
  worker.catch(() => (worker = undefined));
  return worker;
}

/** The words tesseract reads in the image, with boxes in the image's own pixels. */
export async function readWords(paths: OcrPaths, image: OffscreenCanvas): Promise<OcrWord[]> {
  const ocr = await startOcr(paths);
  const { data } = await ocr.recognize(image, {}, { blocks: true, text: false });
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const row of paragraph.lines) {
        for (const word of row.words) {
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ text: word.text, confidence: word.confidence, line, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
        }
        line += 1;
      }
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
