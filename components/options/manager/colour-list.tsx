import { useEffect, useRef } from 'react';
import type { ControlCommon } from './field-control.tsx';
import {
  colourItems,
  isColour,
  joinColours,
  MAX_COLOURS,
  NEW_COLOUR,
  normaliseColour,
} from './photo-values.ts';
import './photos.css';

export interface ColourListProps extends ControlCommon {
  /** The field's label: each colour is named after it ("Uniform colour 1"). */
  label: string;
  /** The colours, one per line (see colourItems). */
  value: string;
  onChange: (value: string) => void;
}

/**
 * The uniform's colours: each a native colour picker with its code beside it to type or paste, and
 * buttons to add (up to the pack's limit) and remove them.
 */
export function ColourList({ id, name, label, value, onChange, onBlur, ...aria }: ColourListProps) {
  const items = colourItems(value);
  const one = label.replace(/s$/, ''); // "Uniform colours": each row is a "Uniform colour"
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes once a row is added or removed, so keyboard users are not left on nothing. */
  const focusNext = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'add') addRef.current?.focus();
    else if (target !== null)
      listRef.current?.querySelectorAll<HTMLInputElement>('input[type="color"]')[target]?.focus();
  }, [items.length]);

  const set = (index: number, code: string) =>
    onChange(joinColours(items.map((c, i) => (i === index ? code : c))));
  const full = items.length >= MAX_COLOURS;
  return (
    // The group takes the field's id, so the error summary's link to the field lands on it.
    <div
      id={id}
      role="group"
      tabIndex={-1}
      aria-labelledby={`${id}-label`}
      aria-describedby={aria['aria-describedby']}
      className="ssg-mf-colours"
    >
      {items.length > 0 && (
        <ul ref={listRef}>
          {items.map((code, i) => {
            const rowId = `${id}-${i + 1}`;
            const rowLabel = `${one} ${i + 1}`;
            return (
              <li key={i} className="ssg-mf-colour">
                <label htmlFor={rowId}>{rowLabel}</label>
                <input
                  id={rowId}
                  name={`${name}.${i}`}
                  type="color"
                  value={isColour(code) ? normaliseColour(code) : NEW_COLOUR}
                  onChange={(e) => set(i, e.target.value)}
                  onBlur={onBlur}
                />
                <input
                  type="text"
                  aria-label={`${rowLabel}, colour code`}
                  aria-describedby={aria['aria-describedby']}
                  aria-invalid={(aria['aria-invalid'] && !isColour(code)) || undefined}
                  value={code}
                  onChange={(e) => set(i, e.target.value)}
                  onBlur={onBlur}
                  autoComplete="off"
                  spellCheck={false}
                  size={9}
                />
                <button
                  type="button"
                  aria-label={`Remove ${rowLabel.toLowerCase()}`}
                  onClick={() => {
                    focusNext.current = 'add';
                    onChange(joinColours(items.filter((_, j) => j !== i)));
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        ref={addRef}
        disabled={full}
        onClick={() => {
          focusNext.current = items.length;
          onChange(joinColours([...items, NEW_COLOUR]));
        }}
      >
        Add a {one.toLowerCase()}
      </button>
      {full && (
        <p className="ssg-mf-hint">A pack holds at most {MAX_COLOURS} colours: remove one to add another.</p>
      )}
    </div>
  );
}
