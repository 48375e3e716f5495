import { describe, expect, it } from 'vitest';
import type { PhotoReport } from '../../lib/photo/report.ts';
import { photoLine } from '../../scripts/photos/photo-line.ts';

const clause = {
  id: 'staff-2',
  text: 'Not to make comments relating to their work or post pictures in work uniform',
};

describe('photoLine', () => {
  it('keeps exactly the contract’s fields and rounds boxes to whole pixels', () => {
    const report: PhotoReport = {
      width: 4000,
      height: 3000,
      findings: [
        {
          kind: 'uniform',
          category: 'work-comment',
          severity: 'warn',
          message: 'This may show the work uniform.',
          clause,
          suggestion: 'Post photos out of uniform.',
          box: { x: 10.4, y: 20.6, width: 99.5, height: 50.2 },
        },
      ],
      checks: [{ kind: 'uniform', state: 'done', ms: 12 }],
    };
    expect(photoLine('a.jpg', report)).toEqual({
      file: 'a.jpg',
      findings: [
        {
          kind: 'uniform',
          category: 'work-comment',
          message: 'This may show the work uniform.',
          box: { x: 10, y: 21, width: 100, height: 50 },
        },
      ],
    });
  });

  it('says which checks did not finish, so a missing finding is not read as a clean photo', () => {
    const report: PhotoReport = {
      width: 10,
      height: 10,
      findings: [],
      checks: [
        { kind: 'location', state: 'done', ms: 1 },
        { kind: 'text', state: 'timed-out', ms: 30_000, problem: 'reading words took longer than 30 s' },
      ],
    };
    expect(photoLine('b.jpg', report)).toEqual({
      file: 'b.jpg',
      findings: [],
      unchecked: [{ kind: 'text', state: 'timed-out', problem: 'reading words took longer than 30 s' }],
    });
  });
});
