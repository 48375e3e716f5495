// The `div[role="button"]` controls Facebook and Instagram use instead of <button>: a click, or
// Enter/Space while focused, runs the same handler (shared/notes/sites.md §5 P3).
import type { HTMLAttributes, KeyboardEvent } from 'react';

type DivButtonProps = HTMLAttributes<HTMLDivElement> & { onClick?: () => void };

export function DivButton({ onClick, children, ...rest }: DivButtonProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onClick?.();
  };
  return (
    <div role="button" tabIndex={0} onClick={() => onClick?.()} onKeyDown={onKeyDown} {...rest}>
      {children}
    </div>
  );
}
