import type { HistorySummary } from '../../lib/protocol/schemas.ts';
import { countedChoice, warningsToday } from './words.ts';

export interface TodaySummaryProps {
  /** null while loading. */
  today: HistorySummary['today'] | null;
}

// Always shown, even at zero; the rarer choices only when they happened.
const ALWAYS = ['edited', 'sent-anyway', 'blocked'] as const;
const WHEN_ANY = ['confirmed-anyway', 'cancelled'] as const;

/** "N warnings today" and what the person chose. */
export function TodaySummary({ today }: TodaySummaryProps) {
  const count = (choice: string): number => today?.byChoice[choice] ?? 0;
  return (
    <section className="ssg-section" aria-labelledby="ssg-today-heading">
      <h2 id="ssg-today-heading">Today</h2>
      {today === null ? (
        <p>Loading…</p>
      ) : (
        <>
          <p data-testid="today-total">{warningsToday(today.total)}</p>
          <ul className="ssg-counts" aria-label="What you chose today">
            {[...ALWAYS, ...WHEN_ANY.filter((choice) => count(choice) > 0)].map((choice) => (
              <li key={choice}>{countedChoice(choice, count(choice))}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
