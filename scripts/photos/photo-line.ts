import type { PhotoReport } from '../../lib/photo/report.ts';

/**
 * One file's line for `check-photos`: exactly the fields the contract names, boxes rounded to whole
 * pixels. A check that failed or ran out of time is reported in `unchecked`, so a manager never
 * reads a missing finding as a clean photo.
 */
export function photoLine(file: string, report: PhotoReport): object {
  const findings = report.findings.map(({ kind, category, message, box }) => ({
    kind,
    category,
    message,
    ...(box && {
      box: {
        x: Math.round(box.x),
        y: Math.round(box.y),
        width: Math.round(box.width),
        height: Math.round(box.height),
      },
    }),
  }));
  const unchecked = report.checks
    .filter((check) => check.state !== 'done')
    .map(({ kind, state, problem }) => ({ kind, state, problem }));
  return { file, findings, ...(unchecked.length > 0 && { unchecked }) };
}
