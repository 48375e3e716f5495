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
  const blob = await (await fetch(dataUrl)).blob();
  const bitmap = await createImageBitmap(blob);
  const factor = Math.min(1, LOGO_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * factor));
  const height = Math.max(1, Math.round(bitmap.height * factor));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser cannot draw the uniform logo');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}
