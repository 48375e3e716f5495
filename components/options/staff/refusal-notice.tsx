import type { StaffPackState } from './types.ts';
import { refusalLine } from './words.ts';

/** The last pack refused, and why: the pack in force did not change. */
export function RefusalNotice({ refusal }: { refusal: NonNullable<StaffPackState['lastRefusal']> }) {
  return (
    <p className="ssg-sp-warning" data-testid="last-refusal">
      {refusalLine(refusal)}
    </p>
  );
}
