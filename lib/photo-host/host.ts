import type { WxtBrowser as Browser } from 'wxt/browser';
import { loadPackText } from '../pack/load-pack.ts';
import { bytesOfDataUrl, NotAnImageError } from './decode.ts';
import { pingPhotoHostSchema, runPhotoChecksSchema } from '../photo/host-messages.ts';
import type { PhotoProgress } from '../photo/report.ts';
import { runPhotoChecks, type PhotoHostPaths } from './run-checks.ts';

type Runtime = Pick<Browser['runtime'], 'id' | 'getURL' | 'sendMessage' | 'onMessage'>;

/** What the host answers: a report, or why the photo could not be checked. */
export type HostAnswer = { report: unknown } | { error: string; notAnImage?: true };

export function photoHostPaths(runtime: Pick<Runtime, 'getURL'>): PhotoHostPaths {
  const url = (path: string) => runtime.getURL(path as '/');
  return {
    // Root-relative on purpose: face-api rebuilds the address from its path segments and would
    // mangle a chrome-extension:// or moz-extension:// one. The host page is on our own origin.
    modelsUrl: '/photo/models',
    kernelsUrl: url('/photo/tfjs/'),
    ocr: {
      workerPath: url('/photo/tesseract/worker.min.js'),
      corePath: url('/photo/tesseract/core/tesseract-core-simd-lstm.wasm.js'),
      langPath: url('/photo/tesseract/lang'),
    },
  };
}

/**
 * The photo host's side of the conversation. It listens on the extension's runtime, where it also
 * hears every message content scripts send to the background: it answers only messages addressed
 * to it (`target: 'photo-host'`) that come from our own extension pages or service worker, never
 * from a content script (those carry `sender.tab`).
 */
export function startPhotoHost(runtime: Runtime): void {
  const paths = photoHostPaths(runtime);
  // webextension-polyfill answers with whatever the returned promise resolves to; returning
  // undefined leaves the message to its real addressee.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== runtime.id || sender.tab) return undefined;
    if (pingPhotoHostSchema.safeParse(message).success) return Promise.resolve({ ready: true });
    const parsed = runPhotoChecksSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return answer(runtime, paths, parsed.data.data);
  });
}

async function answer(
  runtime: Runtime,
  paths: PhotoHostPaths,
  {
    photo,
    packText,
    tabId,
  }: { photo: { photoId: string; type: string; dataUrl: string }; packText: string; tabId?: number },
): Promise<HostAnswer> {
  const progress = (step: Omit<PhotoProgress, 'photoId'>) => {
    if (tabId === undefined) return;
    const data = { tabId, progress: { photoId: photo.photoId, ...step } };
    void runtime.sendMessage({ name: 'photoProgress', data }).catch(() => undefined);
  };
  try {
    const pack = loadPackText(packText);
    const bytes = await bytesOfDataUrl(photo.dataUrl);
    return { report: await runPhotoChecks(pack, bytes, photo.type, paths, progress) };
  } catch (error) {
    if (error instanceof NotAnImageError) return { error: error.message, notAnImage: true };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
