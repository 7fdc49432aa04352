import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PORTS } from '@sw/mocks';
import type { UsageView } from '../../analysis/scope.ts';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { ScopeFilter } from './ScopeFilter.tsx';

function renderFilter(view: UsageView) {
  const onChange = vi.fn<(next: UsageView) => void>();
  function WithNames() {
    return <ScopeFilter view={view} ports={PORTS} names={useUsageNames(PORTS)} onChange={onChange} />;
  }
  renderUsageMeter(WithNames, { locale: 'en' });
  return onChange;
}

describe('ScopeFilter', () => {
  it('narrows to a kind of port, keeping the focused business', () => {
    const onChange = renderFilter({ business: 'manifest' });
    fireEvent.click(screen.getByText('Land ports'));
    expect(onChange).toHaveBeenLastCalledWith({ business: 'manifest', mode: 'land' });
  });

  it('offers only the ports of the chosen kind and picks one', async () => {
    const onChange = renderFilter({ business: 'goods', mode: 'air' });
    fireEvent.mouseDown(screen.getByLabelText('Port'));
    expect(await screen.findByTitle("Shenzhen Bao'an International Airport Port")).toBeTruthy();
    expect(screen.queryByTitle('Yantian Port')).toBeNull();
    fireEvent.click(screen.getByTitle("Shenzhen Bao'an International Airport Port"));
    expect(onChange).toHaveBeenLastCalledWith({ business: 'goods', port: 'baoan-airport' });
  });

  it('goes back to the whole city', () => {
    const onChange = renderFilter({ business: 'goods', port: 'yantian' });
    fireEvent.click(screen.getByRole('button', { name: 'Back to all of Shenzhen' }));
    expect(onChange).toHaveBeenLastCalledWith({ business: 'goods' });
  });
});
