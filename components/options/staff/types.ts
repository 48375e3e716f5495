import type { PolicyPoint } from '../../../lib/options/staff/policy-summary.ts';
import type { Acknowledgement, PackState } from '../../../lib/protocol/pack-schemas.ts';

export type StaffPackState = PackState;

/** The parts of the section that report on their own work. */
export type StaffArea = 'import' | 'link' | 'read' | 'export';

/**
 * What happened last in an area, in words: work in progress ("Checking…"), done, refused (by the
 * background, or because it could not be reached) or invalid (something typed needs fixing).
 */
export interface Outcome {
  kind: 'progress' | 'done' | 'refused' | 'invalid';
  text: string;
}

/** A first pack from a key (a file, or a link), waiting for staff to compare its fingerprint. */
export interface PendingTrust {
  /** Where it came from: the import or the link part of the section asks. */
  via: 'import' | 'link';
  /** The file's name or the link's address. */
  from: string;
  fingerprint: string;
  version: number;
  setting: string;
  /** Unknown for a link (the background does not say). */
  issuer: string | null;
}

/** A confirmations record ready to download: its two files and the checksum they share. */
export interface PreparedRecord {
  sha256: string;
  text: { href: string; fileName: string };
  json: { href: string; fileName: string };
}

export interface StaffPackViewProps {
  /** null while loading, or when it could not be loaded. */
  state: StaffPackState | null;
  /** Why the state could not be loaded, fit to show staff. */
  loadError: string | null;
  /** The readable summary of the pack's clauses (empty when it lists none). */
  summary: readonly PolicyPoint[];
  /** null while loading. */
  acknowledgements: readonly Acknowledgement[] | null;
  /** Why the confirmations could not be loaded. */
  acknowledgementsError: string | null;
  pendingTrust: PendingTrust | null;
  record: PreparedRecord | null;
  /** An action is in flight: action buttons are disabled. */
  busy: boolean;
  outcomes: Partial<Record<StaffArea, Outcome>>;
  onFile: (file: File) => void;
  onTrust: () => void;
  onCancelTrust: () => void;
  onFollow: (url: string) => void;
  onCheckNow: () => void;
  onUnfollow: () => void;
  onAcknowledge: () => void;
  onExport: (name: string) => void;
}
