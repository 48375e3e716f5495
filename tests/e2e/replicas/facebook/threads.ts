// The Messenger threads the replicas serve at /messages/t/<id> (facebook.com) and /t/<id> (messenger.com).

export interface ThreadMessage {
  id: number;
  /** "You" for our own messages, as in Messenger's accessible labels. */
  sender: string;
  text: string;
  time: string;
}

export interface Thread {
  id: string;
  name: string;
  messages: ThreadMessage[];
}

export const THREADS: Record<string, Thread> = {
  '2001': {
    id: '2001',
    name: 'Jane Smith',
    messages: [
      { id: 1, sender: 'Jane Smith', text: 'Are you coming to the picnic on Saturday?', time: '10:02' },
      { id: 2, sender: 'You', text: 'Yes, I will bring the scones.', time: '10:05' },
    ],
  },
  '2002': {
    id: '2002',
    name: 'Priya Shah',
    messages: [{ id: 1, sender: 'Priya Shah', text: 'Thanks for the book recommendation!', time: '16:40' }],
  },
  '2003': {
    id: '2003',
    name: 'Chris Evans',
    messages: [{ id: 1, sender: 'Chris Evans', text: 'Fancy a run this weekend?', time: '08:15' }],
  },
};

/** The id in /messages/t/<id>, /messages/e2ee/t/<id> or messenger.com's /t/<id>, if any. */
export const threadIdOf = (path: string): string | null =>
  /^(?:\/messages)?(?:\/e2ee)?\/t\/([^/]+)\/?$/.exec(path)?.[1] ?? null;
