// Turns the attached file (as a data: URL from the content script) into what the checks need: the
// original bytes for the location fields, and downscaled pixel copies for the models. Browser-only
// (createImageBitmap, OffscreenCanvas); runs in the photo host, never on the site's page.

/** Long edge of the copy the face and uniform checks see: enough for faces down to ~30 px. */
export const ANALYSIS_EDGE = 1024;
/** Long edge of the copy OCR reads: signs stay legible, and a 12 MP photo reads in about a second. */
export const OCR_EDGE = 2000;

export interface DecodedPhoto {
  bytes: Uint8Array;
  /** The photo's size after its EXIF orientation is applied: the coordinates findings use. */
  width: number;
  height: number;
  bitmap: ImageBitmap;
}

export class NotAnImageError extends Error {}

export async function bytesOfDataUrl(dataUrl: string): Promise<Uint8Array> {
  // fetch() of a data: URL decodes base64 natively (no network is involved).
  const response = await fetch(dataUrl);
  return new Uint8Array(await response.arrayBuffer());
}

export async function decodePhoto(bytes: Uint8Array, type: string): Promise<DecodedPhoto> {
  const blob = new Blob([bytes as BlobPart], { type: type || 'application/octet-stream' });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImageError('this file is not an image the browser can read');
  }
  return { bytes, width: bitmap.width, height: bitmap.height, bitmap };
}

/**
 * A copy whose long edge is at most `edge` pixels, and the factor back to the photo's pixels.
 * Smaller photos are not enlarged: it did not help OCR on the labelled set.
 */
export function scaledCanvas(photo: DecodedPhoto, edge: number): { canvas: OffscreenCanvas; scale: number } {
  const canvas = drawnCopy(photo.bitmap, edge);
  return { canvas, scale: photo.width / canvas.width };
}

/**
 * The image drawn on a canvas whose long edge is at most `edge` pixels. A photo's transparent parts
 * are laid on white, as a viewer shows them (black letters on a transparent PNG would otherwise
 * vanish); the logo keeps its transparency, which the logo search ignores.
 */
export function drawnCopy(image: ImageBitmap, edge: number, onWhite = true): OffscreenCanvas {
  const factor = Math.min(1, edge / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser cannot draw the photo for checking');
  if (onWhite) {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
  }
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  return canvas;
}

export function pixelsOf(canvas: OffscreenCanvas): ImageData {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser cannot read the photo for checking');
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
