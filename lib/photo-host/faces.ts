import * as faceapi from '@vladmandic/face-api';
import type { Box } from '../photo/report.ts';

// Face detection with the models that ship in @vladmandic/face-api, copied into the extension at
// build time (scripts/photo-assets.ts): the tiny face detector (190 kB) and the age and gender model
// (430 kB), which gives the age estimate behind "may be a child". TensorFlow.js runs on its
// WebAssembly backend with the kernels we ship (photo/tfjs/): it needs no GPU (headless and
// locked-down machines have none), gives the same answer everywhere, and is about 20 times faster
// than the plain JavaScript backend. Its default of loading the kernels from a CDN is overridden.

export interface FaceHit {
  box: Box;
  score: number;
  age: number;
}

/** Input size of the tiny face detector (a multiple of 32): 416 finds faces down to about 20 px. */
const DETECTOR_INPUT = 416;
/** Detections below this score are not reported: tuned on the labelled set (npm run eval:photos). */
const MIN_SCORE = 0.5;

// The bundled TensorFlow.js is typed narrowly by face-api; these are the calls we use.
const tf = faceapi.tf as unknown as {
  setBackend(name: string): Promise<boolean>;
  setWasmPaths(prefix: string): void;
  env(): { set(flag: string, value: boolean): void };
  ready(): Promise<void>;
  browser: { fromPixels(pixels: ImageData): { dispose(): void } };
};

let ready: Promise<void> | undefined;

/** Loads the backend and both models once; later calls reuse them. */
export function loadFaceModels(modelsUrl: string, kernelsUrl: string): Promise<void> {
  ready ??= (async () => {
    tf.setWasmPaths(kernelsUrl);
    // Threads need SharedArrayBuffer, which needs cross-origin isolation we do not ask for.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('the face model could not start');
    await tf.ready();
    await faceapi.nets.tinyFaceDetector.loadFromUri(modelsUrl);
    await faceapi.nets.ageGenderNet.loadFromUri(modelsUrl);
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/** Faces in the image, with boxes in its own pixels. */
export async function detectFaces(pixels: ImageData): Promise<FaceHit[]> {
  const tensor = tf.browser.fromPixels(pixels);
  try {
    const options = new faceapi.TinyFaceDetectorOptions({
      inputSize: DETECTOR_INPUT,
      scoreThreshold: MIN_SCORE,
    });
    const results = await faceapi.detectAllFaces(tensor as never, options).withAgeAndGender();
    return results.map(({ detection, age }) => ({
      box: {
        x: detection.box.x,
        y: detection.box.y,
        width: detection.box.width,
        height: detection.box.height,
      },
      score: detection.score,
      age,
    }));
  } finally {
    tensor.dispose();
  }
}
