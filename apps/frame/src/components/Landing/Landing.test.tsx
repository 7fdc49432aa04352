import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { frameDefinition } from '../../defineFrameApp.ts';
import { Landing } from './Landing.tsx';

describe('Landing', () => {
  it('presents the five modules with one line each and opens the live ones', () => {
    renderInModule(
      frameDefinition,
      Landing,
      createTestHost('en', undefined, [{ name: 'fee-directory', version: '1.0.0', routes: ['/fees'] }]),
    );
    for (const name of ['Port charges', 'Clearance guide', 'Terminal times', 'Hotline & complaints', 'Usage rate']) {
      expect(screen.getByText(name)).toBeTruthy();
    }
    expect(screen.getByText(/Steps, time limits and documents/)).toBeTruthy();
    const open = screen.getAllByRole('link', { name: 'Open' });
    expect(open.map((a) => a.getAttribute('href'))).toEqual(['/fees']);
    expect(screen.getAllByText('Not yet live in this release')).toHaveLength(4);
  });
});
