// The sites' own upload handling, as far as the photo specs need it: each composer's hidden file
// input, paste and drop take files into the composer's preview (blob: thumbnails, as X and Facebook
// show them), and every file the handler receives is recorded in `window.__uploads` with its
// SHA-256, so a spec can prove the site got exactly the bytes that were attached.
import { useEffect, useRef, useState, type ComponentPropsWithRef } from 'react';

export type UploadSurface =
  'x.post' | 'x.reply' | 'x.chat' | 'facebook.post' | 'facebook.messenger' | 'instagram.caption';

async function sha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Records what the site's handler received: name, size, type and a hash of the bytes. */
export function recordUploads(surface: UploadSurface, files: readonly Blob[]): void {
  for (const file of files) {
    const name = file instanceof File ? file.name : '';
    void sha256(file).then((hash) =>
      (window.__uploads ??= []).push({ surface, name, size: file.size, type: file.type, sha256: hash }),
    );
  }
}

/** A composer's attachments: the files as blob: previews, kept until the send clears them. */
export function useAttachments(surface: UploadSurface) {
  const [urls, setUrls] = useState<string[]>([]);
  const live = useRef<string[]>([]);
  useEffect(() => () => live.current.forEach((url) => URL.revokeObjectURL(url)), []);
  // Draft.js hands pasted and dropped files over as Blobs; inputs give Files.
  const add = (files: readonly Blob[]) => {
    const images = files.filter((file) => file.type.startsWith('image/') || file.type === '');
    if (images.length === 0) return;
    recordUploads(surface, images);
    const fresh = images.map((file) => URL.createObjectURL(file));
    live.current = [...live.current, ...fresh];
    setUrls((all) => [...all, ...fresh]);
  };
  const clear = () => {
    live.current.forEach((url) => URL.revokeObjectURL(url));
    live.current = [];
    setUrls([]);
  };
  return { urls, add, clear };
}

/** The preview strip: `[data-testid="attachments"]` holding `img[src^="blob:"]`. */
export function Attachments({ urls }: { urls: readonly string[] }) {
  if (urls.length === 0) return null;
  return (
    <div data-testid="attachments">
      {urls.map((url) => (
        <img key={url} src={url} alt="" width={48} height={48} />
      ))}
    </div>
  );
}

type FileInputProps = ComponentPropsWithRef<'input'> & { onFiles: (files: File[]) => void };

/**
 * A hidden file input that hands its files on and empties itself, as the sites do so the same file
 * can be picked twice (which is why the guard must take the File objects during the event).
 */
export function FileInput({ onFiles, ...rest }: FileInputProps) {
  return (
    <input
      type="file"
      hidden
      {...rest}
      onChange={(event) => {
        onFiles(Array.from(event.target.files ?? []));
        event.target.value = '';
      }}
    />
  );
}

/** Facebook's photo picker: hidden input behind `[aria-label="Photo/video"][role="button"]`. */
export const FACEBOOK_ACCEPT = 'image/*,image/heif,image/heic,video/*';
