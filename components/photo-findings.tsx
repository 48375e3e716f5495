import { useId } from 'react';
import type { PhotoFinding, PhotoReport } from '../lib/photo/report.ts';
import { PhotoThumb } from './photo-thumb.tsx';
import { boxInWords, PHOTO_KIND_TITLES, statusLines, type PhotoView } from './photo-view.ts';
import './photo-findings.css';
import { ClauseAdvice } from './clause-advice.tsx';

export interface PhotoFindingsProps {
  photos: PhotoView[];
}

function FindingItem({ finding, n, report }: { finding: PhotoFinding; n: number; report: PhotoReport }) {
  return (
    <li className="ssg-finding ssg-photo-finding" data-severity={finding.severity} data-kind={finding.kind}>
      <p className="ssg-finding-message">
        <span className="ssg-photo-number" aria-hidden="true">
          {n}
        </span>
        <span className="ssg-photo-kind">{PHOTO_KIND_TITLES[finding.kind]}: </span>
        {finding.message}
        {finding.box && (
          <span className="ssg-photo-where">{` (marked ${n} on the photo, ${boxInWords(finding.box, report)})`}</span>
        )}
      </p>
      <ClauseAdvice clause={finding.clause} suggestion={finding.suggestion} />
    </li>
  );
}

function PhotoItem({ photo, index, count }: { photo: PhotoView; index: number; count: number }) {
  const headingId = useId();
  const report = photo.status.kind === 'done' ? photo.status.report : null;
  const findings = report?.findings ?? [];
  const things = `${findings.length} ${findings.length === 1 ? 'thing' : 'things'} found`;
  const label = count > 1 ? `Photo ${index + 1} of ${count}` : 'Your photo';
  const alt = report ? `${label}, ${photo.name}: ${things}, listed below.` : `${label}, ${photo.name}.`;
  return (
    <section className="ssg-photo" aria-labelledby={headingId} data-testid="photo-findings-item">
      <h4 id={headingId} className="ssg-photo-name">
        {`${label}: `}
        <span dir="auto">{photo.name}</span>
      </h4>
      <div className="ssg-photo-row">
        <PhotoThumb src={photo.src} report={report} marked={findings} alt={alt} />
        <div className="ssg-photo-text">
          {statusLines(photo.status).map((line) => (
            <p key={line} className="ssg-photo-status" data-status={photo.status.kind}>
              {line}
            </p>
          ))}
          {report && findings.length > 0 && (
            <ol className="ssg-photo-list">
              {findings.map((finding, i) => (
                <FindingItem key={i} finding={finding} n={i + 1} report={report} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

/** The attached photos in the warning dialog: each thumbnail with its boxes, and what was found in words. */
export function PhotoFindings({ photos }: PhotoFindingsProps) {
  const headingId = useId();
  if (photos.length === 0) return null;
  return (
    <section
      className="ssg-finding-group ssg-photos"
      aria-labelledby={headingId}
      data-testid="photo-findings"
    >
      <h3 id={headingId} className="ssg-finding-title">
        {photos.length === 1 ? 'In your photo' : 'In your photos'}
      </h3>
      {photos.map((photo, i) => (
        <PhotoItem key={photo.id} photo={photo} index={i} count={photos.length} />
      ))}
    </section>
  );
}
