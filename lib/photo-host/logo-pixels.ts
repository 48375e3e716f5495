import { drawnCopy, pixelsOf } from './decode.ts';

// The manager's logo image (a data: URL in the pack), decoded once per pack and kept, because every
// photo with a person in it is compared against it.

/** The logo is compared at this size at most: enough detail for a chest logo, and quick to search. */
const LOGO_EDGE = 96;

let cached: { dataUrl: string; pixels: Promise<ImageData> } | undefined;

export function logoPixels(dataUrl: string): Promise<ImageData> {
  if (cached?.dataUrl !== dataUrl) cached = { dataUrl, pixels: decodeLogo(dataUrl) };
  return cached.pixels;
}

async function decodeLogo(dataUrl: string): Promise<ImageData> {
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  try {
    return pixelsOf(drawnCopy(bitmap, LOGO_EDGE, false));
  } finally {
    bitmap.close();
  }
}
