import type { StoredEvent } from '../../lib/protocol/schemas.ts';
import { PLATFORM_WORDS, categoriesInWords, choiceInWords, formatWhen, surfaceInWords } from './words.ts';

export interface EventListProps {
  /** Newest first; null while loading. */
  events: readonly StoredEvent[] | null;
  /** Epoch ms, to show the day for events before today. */
  now: number;
}

/** The latest warnings: when, where, what about and what the person chose. */
export function EventList({ events, now }: EventListProps) {
  if (events === null) return <p>Loading…</p>;
  // A live region, so "No warnings yet." is announced after the history is cleared.
  if (events.length === 0) return <p role="status">No warnings yet.</p>;
  return (
    <ol className="ssg-events" data-testid="event-list">
      {events.map((event) => (
        <li key={event.id} className="ssg-event">
          <time dateTime={new Date(event.at).toISOString()}>{formatWhen(event.at, now)}</time>{' '}
          <span className="ssg-where">
            {PLATFORM_WORDS[event.platform]} {surfaceInWords(event.surface)}
          </span>
          <span className="ssg-what">{categoriesInWords(event.categories)}</span>
          <span className="ssg-choice">{choiceInWords(event.choice, event.reason)}</span>
        </li>
      ))}
    </ol>
  );
}
