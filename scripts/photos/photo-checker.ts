import { chromium, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXT_PATH } from '../../tests/e2e/extension-path.ts';
import { CHROMIUM, chromiumArgs } from '../../tests/e2e/launch.ts';
import { photoReportSchema, type PhotoReport } from '../../lib/photo/report.ts';
import { PHOTO_HOST_TARGET } from '../../lib/photo/host-messages.ts';
import { sniffImageType } from '../../lib/photo/sniff.ts';

// Runs photos through the extension's own photo host page in headless Chromium: the same code, the
// same shipped models and the same browser image decoding as staff get. The command line, the
// labelled evaluation and the benchmark all use this. Nothing reaches the network: every http(s)
// request is refused.

export interface PhotoChecker {
  check(packText: string, file: { name: string; bytes: Uint8Array }): Promise<PhotoReport>;
  close(): Promise<void>;
}

type ServiceWorkerGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** A file the checks could not read as an image. */
export class PhotoFileError extends Error {}

export async function openPhotoChecker(options: { extensionDir?: string } = {}): Promise<PhotoChecker> {
  const extensionDir = options.extensionDir ?? EXT_PATH;
  if (!existsSync(path.join(extensionDir, 'photo-host.html'))) {
    throw new Error(`no built extension with the photo checker in ${extensionDir}: run npm run build first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  try {
    await context.route(/^(https?|wss?):\/\//, (route) => route.abort('internetdisconnected'));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const host = await context.newPage();
    await host.goto(`chrome-extension://${new URL(worker.url()).host}/photo-host.html`);
    let count = 0;
    return {
      check: (packText, file) => checkOne(worker, packText, file, `cli-${(count += 1)}`),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function checkOne(
  worker: Worker,
  packText: string,
  file: { name: string; bytes: Uint8Array },
  photoId: string,
): Promise<PhotoReport> {
  const type = sniffImageType(file.bytes);
  if (!type) throw new PhotoFileError('not an image (JPEG, PNG, GIF, WebP, BMP, AVIF or HEIC)');
  const dataUrl = `data:${type};base64,${Buffer.from(file.bytes).toString('base64')}`;
  const message = {
    target: PHOTO_HOST_TARGET,
    name: 'runPhotoChecks',
    data: { photo: { photoId, name: path.basename(file.name), type, dataUrl }, packText },
  };
  // The service worker asks, as it does for a tab's photo; the host page answers.
  const answer: unknown = await worker.evaluate(
    (m) => (globalThis as unknown as ServiceWorkerGlobals).chrome.runtime.sendMessage(m),
    message,
  );
  if (answer && typeof answer === 'object' && 'error' in answer) {
    throw new PhotoFileError(String(answer.error));
  }
  return photoReportSchema.parse((answer as { report?: unknown }).report);
}

export async function withPhotoChecker<T>(use: (checker: PhotoChecker) => Promise<T>): Promise<T> {
  const checker = await openPhotoChecker();
  try {
    return await use(checker);
  } finally {
    await checker.close();
  }
}
