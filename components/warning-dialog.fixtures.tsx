// Shared by the warning dialog tests. Every name here is invented.
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { WireFinding } from '../lib/protocol/schemas.ts';
import { WarningDialog, type WarningDialogProps } from './warning-dialog.tsx';

export const DRAFT =
  'Long day at Willow Lane today. Isla Pennock bit two kids again and her mum just shrugged';

export const span = (word: string, text = DRAFT) => {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in the draft`);
  return { start, end: start + word.length };
};

export const FINDINGS: WireFinding[] = [
  {
    category: 'child-info',
    ruleId: 'child-info',
    severity: 'warn',
    spans: [span('Isla Pennock')],
    message: 'This names a child from the setting.',
    clause: { id: '4.2', text: 'Staff must never share information about children in their care.' },
    matched: ['Isla Pennock'],
    suggestion: 'Leave the child out of it.',
  },
  {
    category: 'setting-name',
    ruleId: 'setting-name',
    severity: 'notice',
    spans: [span('Willow Lane')],
    message: 'This names the nursery.',
    clause: { id: '3.1', text: 'Do not name the setting in personal posts.' },
    matched: ['Willow Lane'],
  },
];

export type Callbacks = Pick<WarningDialogProps, 'onEdit' | 'onProceed' | 'onCopyReply'>;

export function renderDialog(
  overrides: Partial<WarningDialogProps> = {},
  options?: { container?: HTMLElement },
) {
  const callbacks = {
    onEdit: vi.fn<() => void>(),
    onProceed: vi.fn<(reason?: string) => void>(),
    onCopyReply: vi.fn<(reply: string) => Promise<boolean>>(() => Promise.resolve(true)),
  };
  const props: WarningDialogProps = {
    text: DRAFT,
    findings: FINDINGS,
    action: 'warn',
    surfaceLabel: 'Facebook post',
    actionLabel: 'Post',
    contacts: { manager: 'Dana Oyelaran', safeguardingLead: 'Huw Pritchard' },
    parentReply: null,
    replayFailed: false,
    ...callbacks,
    ...overrides,
  };
  const result = render(<WarningDialog {...props} />, options);
  return { ...result, ...callbacks, props };
}
