import { PHOTO_HOST_TARGET } from '../photo/host-messages.ts';

// Where photos are checked: never in the service worker (no DOM, no Workers) and never on the
// site's page. Chrome and Edge get an offscreen document; Firefox's MV2 background is a page of its
// own, so the same photo-host.html runs in a frame of it. Both answer the same runtime messages.

const HOST_PATH = 'photo-host.html';
/** How long a freshly made host may take to load its script and answer. */
const READY_LIMIT_MS = 10_000;

interface OffscreenApi {
  hasDocument?: () => Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

export interface HostRuntime {
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
}

export interface PhotoHostLauncher {
  /** Resolves once a photo host is running and listening. */
  ensure(): Promise<void>;
}

export function makePhotoHostLauncher(
  runtime: HostRuntime,
  offscreen: OffscreenApi | undefined,
): PhotoHostLauncher {
  let starting: Promise<void> | undefined;
  const start = async () => {
    if (offscreen) {
      if (!(await offscreen.hasDocument?.())) {
        await offscreen.createDocument({
          url: HOST_PATH,
          reasons: ['WORKERS'],
          justification:
            'Checks photos that staff attach (location, faces, words) on the device, away from the page.',
        });
      }
    } else {
      addFirefoxFrame(runtime.getURL(`/${HOST_PATH}`));
    }
    await waitUntilListening(runtime);
  };
  return {
    ensure: () => {
      starting ??= start().catch((error: unknown) => {
        starting = undefined;
        throw error;
      });
      return starting;
    },
  };
}

/** Firefox: a frame in the background page, made once. */
function addFirefoxFrame(url: string): void {
  // Firefox's MV2 background is a real page, so it has a document (Chrome's service worker has none
  // and takes the offscreen branch above).
  const page = (globalThis as { document?: Document }).document;
  if (!page) throw new Error('this browser offers no place to check photos off the page');
  if (page.querySelector(`iframe[src="${url}"]`)) return;
  const frame = page.createElement('iframe');
  frame.src = url;
  page.body.append(frame);
}

async function waitUntilListening(runtime: HostRuntime): Promise<void> {
  const deadline = Date.now() + READY_LIMIT_MS;
  for (;;) {
    const answer = await runtime
      .sendMessage({ target: PHOTO_HOST_TARGET, name: 'ping' })
      .catch(() => undefined);
    if (answer && typeof answer === 'object' && 'ready' in answer) return;
    if (Date.now() > deadline) throw new Error('the photo checker did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
