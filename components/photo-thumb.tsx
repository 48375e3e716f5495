import type { PhotoFinding, PhotoReport } from '../lib/photo/report.ts';
import { boxPercent } from './photo-view.ts';

export interface PhotoThumbProps {
  src: string;
  /** The report the boxes come from; null draws none. */
  report: PhotoReport | null;
  /** The findings with boxes, numbered from 1 in this order (the list below uses the same numbers). */
  marked: PhotoFinding[];
  /** Says what the picture is, and that the boxes are described in the list. */
  alt: string;
}

/**
 * The photo small, with a numbered box over each place something was found. Boxes are placed as
 * percentages of the photo's own size, so they fit whatever size the thumbnail is drawn at. Each
 * box has its number and a kind-specific colour and line style, so it is never colour alone; the
 * boxes are hidden from screen readers, which get the same places in words in the finding list.
 */
export function PhotoThumb({ src, report, marked, alt }: PhotoThumbProps) {
  return (
    <div className="ssg-photo-thumb">
      {src ? <img src={src} alt={alt} /> : <p className="ssg-photo-noimg">{alt}</p>}
      {report &&
        marked.map((finding, i) =>
          finding.box ? (
            <span
              key={i}
              className="ssg-photo-box"
              data-kind={finding.kind}
              data-testid="photo-box"
              aria-hidden="true"
              style={boxPercent(finding.box, report)}
            >
              <span className="ssg-photo-box-label">{i + 1}</span>
            </span>
          ) : null,
        )}
    </div>
  );
}
