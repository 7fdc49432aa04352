import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { ShipmentPage } from './ShipmentPage.tsx';

setupMockApi();

describe('ShipmentPage', () => {
  it('asks the first unanswered question, offering only answers that lead somewhere, and keeps the answer in the URL', async () => {
    const { host } = renderClearanceGuide(ShipmentPage, {
      locale: 'en',
      url: '/clearance/my-shipment?direction=import&mode=sea',
    });
    const question = await screen.findByRole('form', { name: 'Question 3 of 6: Through which port?' });
    const options = within(question)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')!.textContent);
    expect(options).toEqual(['Yantian Port', 'Shekou Port']);
    fireEvent.click(within(question).getByRole('radio', { name: 'Shekou Port' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(new URLSearchParams(host.navigation.location().search).get('port')).toBe('shekou'));
  });

  it('turns a complete link into the personal checklist: steps for the cargo, documents, costs for the units', async () => {
    renderClearanceGuide(ShipmentPage, {
      locale: 'en',
      url: '/clearance/my-shipment?direction=import&mode=sea&port=yantian&cargo=general&variant=standard&units=3',
    });
    const steps = await screen.findByRole('table', { name: 'Your steps' });
    expect(within(steps).getByText('Customs release')).toBeTruthy();
    expect(within(steps).getByText('Container pick-up')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'My shipment checklist' })).toBeTruthy();
    expect(screen.getByText('Number of containers')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Document checklist' })).getByText('Delivery order')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });

  it('goes back to change an answer', async () => {
    renderClearanceGuide(ShipmentPage, {
      locale: 'zh-HK',
      url: '/clearance/my-shipment?direction=export&mode=road&port=huanggang&cargo=fresh-produce&variant=green-channel&units=2',
    });
    await screen.findByRole('table', { name: '您的辦理環節' });
    fireEvent.click(screen.getByRole('button', { name: '修改答案' }));
    const question = await screen.findByRole('form', { name: /第 6 題/ });
    expect(within(question).getByRole('spinbutton')).toHaveProperty('value', '2');
  });
});
