import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestHost, type TestHost } from '../testing/testHost.ts';
import { renderInModule } from '../testing/renderModule.tsx';
import { ModuleButtonLink } from './ModuleButtonLink.tsx';
import { ModuleLink } from './ModuleLink.tsx';
import { SuiteLink } from './SuiteLink.tsx';
import { useModuleLocation } from './usePathname.ts';

const definition = {
  name: 'example',
  resources: { 'zh-CN': { title: '示例' }, 'zh-HK': { title: '示例' }, en: { title: 'Example' } },
};

/** A module with two pages that link to each other, and a way out to another module. */
function Pages() {
  const { pathname, search } = useModuleLocation();
  return (
    <>
      <p>
        at {pathname}
        {search}
      </p>
      <ModuleLink to="/fees/fee-pilotage?tab=history">Pilotage</ModuleLink>
      <ModuleButtonLink to="/fees/estimate">Estimate</ModuleButtonLink>
      <SuiteLink to="/hotline" payload={{ prefill: { category: 'port-charges' } }}>
        Complain
      </SuiteLink>
    </>
  );
}

function renderAt(url: string): TestHost {
  history.replaceState(null, '', url);
  return renderInModule(definition, Pages, createTestHost('en')).host;
}

describe('ModuleLink and ModuleButtonLink', () => {
  it('are real links; a plain click opens the page through the host and leaves the page address alone', () => {
    const host = renderAt('/fees?lang=en');
    const link = screen.getByRole('link', { name: 'Pilotage' });
    expect(link.getAttribute('href')).toBe('/fees/fee-pilotage?tab=history');
    fireEvent.click(link);
    expect(screen.getByText('at /fees/fee-pilotage?tab=history')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Estimate' }));
    expect(screen.getByText('at /fees/estimate')).toBeTruthy();
    expect(host.visited).toEqual(['/fees/fee-pilotage?tab=history', '/fees/estimate']);
    // What an embedded module must never do: the host page's own address is untouched.
    expect(`${location.pathname}${location.search}`).toBe('/fees?lang=en');
  });

  it('leave a modified or middle click to the browser (new tab, new window)', () => {
    const host = renderAt('/fees');
    const link = screen.getByRole('link', { name: 'Pilotage' });
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(link, click)).toBe(true); // not prevented: the browser goes on
    }
    expect(fireEvent.click(screen.getByRole('link', { name: 'Estimate' }), { ctrlKey: true })).toBe(true);
    expect(host.visited).toEqual([]);
    expect(screen.getByText('at /fees')).toBeTruthy();
  });
});

describe('SuiteLink', () => {
  it('opens another module through the host with its payload, once', () => {
    const host = renderAt('/fees');
    fireEvent.click(screen.getByRole('link', { name: 'Complain' }));
    expect(host.visited).toEqual(['/hotline']);
    expect(host.navigation.takePayload('/hotline')).toEqual({ prefill: { category: 'port-charges' } });
    expect(host.navigation.takePayload('/hotline')).toBeUndefined();
  });
});
