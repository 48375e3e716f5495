import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuardStatus } from './guard-status';

describe('GuardStatus', () => {
  it('announces that the guard is on, as a status', () => {
    const html = renderToStaticMarkup(<GuardStatus active />);
    expect(html).toContain('role="status"');
    expect(html).toContain('data-testid="guard-status"');
    expect(html).toContain('Staff Social Guard is on');
  });

  it('says when the guard is off', () => {
    expect(renderToStaticMarkup(<GuardStatus active={false} />)).toContain('Staff Social Guard is off');
  });
});
