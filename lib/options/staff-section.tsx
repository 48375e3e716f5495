import { StaffPackView } from '../../components/options/staff/staff-pack-view.tsx';
import { useStaffPack } from './staff/use-staff-pack.ts';

/**
 * Staff: the rule pack in force, what it asks and "I have read this", importing a file or
 * following a link, and the person's own confirmations. The hook talks to the background; the
 * view is props in, JSX out (components/options/staff/).
 */
export function StaffPackSection() {
  return <StaffPackView {...useStaffPack()} />;
}
