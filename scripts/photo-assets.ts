// The files the photo guard ships inside the extension, copied from their npm packages at build time
// (wxt.config.ts) and measured by `npm run bench:photos`. Paths: `from` under node_modules, `to`
// under the extension's root. Only what runs is shipped: one OCR core (WebAssembly SIMD, which every
// supported browser has), the compact English LSTM data, TensorFlow.js's WebAssembly kernels and two small face models.
export const PHOTO_ASSETS = [
  { from: 'tesseract.js/dist/worker.min.js', to: 'photo/tesseract/worker.min.js' },
  {
    from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
    to: 'photo/tesseract/core/tesseract-core-simd-lstm.wasm.js',
  },
  {
    from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
    to: 'photo/tesseract/lang/eng.traineddata.gz',
  },
  // TensorFlow.js's WebAssembly backend for the face models (the JavaScript is bundled in face-api;
  // these are its compiled kernels). SIMD, single-threaded: threads would need cross-origin isolation.
  ...['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm'].map((file) => ({
    from: `@tensorflow/tfjs-backend-wasm/dist/${file}`,
    to: `photo/tfjs/${file}`,
  })),
  ...['tiny_face_detector_model', 'age_gender_model'].flatMap((model) => [
    {
      from: `@vladmandic/face-api/model/${model}-weights_manifest.json`,
      to: `photo/models/${model}-weights_manifest.json`,
    },
    { from: `@vladmandic/face-api/model/${model}.bin`, to: `photo/models/${model}.bin` },
  ]),
] as const;
