import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@sw/mocks/node';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { frameDefinition } from '../../defineFrameApp.ts';
import { Header } from './Header.tsx';

const release = [
  { name: 'frame', version: '1.0.0', routes: ['/'] },
  { name: 'fee-directory', version: '1.0.0', routes: ['/fees'] },
];

// The header's account menu asks the API for the demo login.
const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('Header', () => {
  it('links the modules of the release and shows the others as not yet live', () => {
    renderInModule(frameDefinition, Header, createTestHost('zh-CN', undefined, release));
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '收费目录' }).getAttribute('href')).toBe('/fees');
    expect(within(nav).queryByRole('link', { name: '通关流程' })).toBeNull();
    expect(within(nav).getByText('通关流程')).toBeTruthy();
  });

  it('navigates through the host without reloading when a menu link is clicked', () => {
    const host = createTestHost('en', undefined, release);
    renderInModule(frameDefinition, Header, host);
    fireEvent.click(screen.getByRole('link', { name: 'Port charges' }));
    expect(host.visited).toEqual(['/fees']);
  });

  it('switches the page language through the host', async () => {
    const host = createTestHost('zh-CN', undefined, release);
    renderInModule(frameDefinition, Header, host);
    fireEvent.click(screen.getByText('English'));
    expect(host.locale.get()).toBe('en');
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });
});
