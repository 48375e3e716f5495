import type { Rules } from './schema.ts';

// Every rule quotes the clause of the setting's policy (shared/policy/social-networking-policy.txt,
// "Staff use of social media") that it enforces, so staff see the reason in the setting's own words.
const base = { extraTerms: [], allowedTerms: [], patterns: [] };

export const defaultRules: Rules = {
  'setting-name': {
    ...base,
    severity: 'warn',
    message: 'This names or points to the setting where you work.',
    clause: { id: 'staff-1', text: 'Not to name the setting they work at' },
    suggestion: 'Leave out the name, address, phone number, handles and hashtags of the setting.',
  },
  'work-comment': {
    ...base,
    severity: 'warn',
    message: 'This is about your work at the setting.',
    clause: {
      id: 'staff-2',
      text: 'Not to make comments relating to their work or post pictures in work uniform',
    },
    suggestion: 'Keep work out of your social media; share it with colleagues at work instead.',
  },
  'child-info': {
    ...base,
    severity: 'confirm',
    message: 'This names or singles out a child who attends the setting.',
    clause: {
      id: 'staff-8',
      text: "Not post anything that could be construed to have any impact on the Organisation's reputation or relate to the Organisation or any children attending the Organisation in any way",
    },
    suggestion:
      'Never name or describe a child from work. Share news about children only through the setting.',
  },
  'parent-contact': {
    ...base,
    severity: 'confirm',
    message: 'This is a private message to a parent or family member of a child at the setting.',
    clause: {
      id: 'staff-3',
      text: "Not to send private messages to any parent's/family members. Direct any parent questions relating to work via social networking sites, to the manager",
    },
    suggestion:
      'Reply only to say: "Thank you for your message. Please contact the office through the setting\'s official channels so the right person can help."',
  },
  'foul-language': {
    ...base,
    severity: 'warn',
    message: 'This uses foul language.',
    clause: {
      id: 'staff-5',
      text: 'Ensure any posts reflect their professional role in the community (e.g. no inappropriate social event photos or inappropriate comments i.e. foul language)',
    },
    suggestion: 'Take out the swearing; your posts reflect your professional role.',
  },
  reputation: {
    ...base,
    severity: 'warn',
    message: "This could harm the setting's reputation.",
    clause: {
      id: 'staff-8',
      text: "Not post anything that could be construed to have any impact on the Organisation's reputation or relate to the Organisation or any children attending the Organisation in any way",
    },
    suggestion:
      'Raise worries about the setting, colleagues or safety with the manager or safeguarding lead, or through the whistle blowing policy, not on social media.',
  },
};
