import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestHost } from '../testing/testHost.ts';
import { renderInModule } from '../testing/renderModule.tsx';
import { useModuleSearch } from './useModuleSearch.ts';
import { usePathname } from './usePathname.ts';

const definition = {
  name: 'example',
  resources: { 'zh-CN': { title: '示例' }, 'zh-HK': { title: '示例' }, en: { title: 'Example' } },
};

const OWN_KEYS = ['port', 'q'];

function PortFilter() {
  const [params, setParams] = useModuleSearch(OWN_KEYS);
  return (
    <>
      <p>port: {params.get('port') ?? 'all'}</p>
      <button onClick={() => setParams(new URLSearchParams({ port: 'shekou' }))}>Shekou</button>
      <button onClick={() => setParams(new URLSearchParams())}>All ports</button>
    </>
  );
}

describe('useModuleSearch', () => {
  it('reads the module location’s query and replaces only its own keys, keeping the others', () => {
    history.replaceState(null, '', '/clearance?lang=en&q=reefer&port=yantian');
    const { host } = renderInModule(definition, PortFilter, createTestHost('en'));
    expect(screen.getByText('port: yantian')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Shekou' }));
    expect(screen.getByText('port: shekou')).toBeTruthy();
    // `q` is the page's too, so a new choice drops it; `lang` belongs to someone else and stays.
    expect(host.navigation.location()).toEqual({ pathname: '/clearance', search: '?lang=en&port=shekou' });
    fireEvent.click(screen.getByRole('button', { name: 'All ports' }));
    expect(host.navigation.location().search).toBe('?lang=en');
    expect(host.visited).toEqual([]); // filters replace in place: no new history entry
    expect(location.search).toBe('?lang=en&q=reefer&port=yantian'); // the page address is the host's business
  });

  it('leaves the page as it was when only a parameter it does not own changes (a language switch’s ?lang=)', () => {
    history.replaceState(null, '', '/clearance?lang=zh-CN&port=yantian');
    const seen: URLSearchParams[] = [];
    function Watcher() {
      const [params] = useModuleSearch(OWN_KEYS);
      seen.push(params);
      return <p>port: {params.get('port')}</p>;
    }
    const { host } = renderInModule(definition, Watcher, createTestHost('zh-CN'));
    const renders = seen.length;
    act(() => host.navigation.replaceSearch('?lang=en&port=yantian'));
    expect(seen).toHaveLength(renders);
    act(() => host.navigation.replaceSearch('?lang=en&port=shekou'));
    expect(screen.getByText('port: shekou')).toBeTruthy();
    expect(seen.at(-1)?.toString()).toBe('port=shekou');
  });
});

describe('usePathname', () => {
  it('follows the path and does not re-render for a change of query alone', () => {
    history.replaceState(null, '', '/clearance/compare?lang=zh-CN');
    const renders: string[] = [];
    function Where() {
      const pathname = usePathname();
      renders.push(pathname);
      return <p>at {pathname}</p>;
    }
    const { host } = renderInModule(definition, Where, createTestHost('zh-CN'));
    const before = renders.length;
    act(() => host.navigation.replaceSearch('?lang=en'));
    expect(renders).toHaveLength(before);
    act(() => host.navigation.push('/clearance'));
    expect(screen.getByText('at /clearance')).toBeTruthy();
  });
});
