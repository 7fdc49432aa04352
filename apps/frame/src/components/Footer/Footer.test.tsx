import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { frameDefinition } from '../../defineFrameApp.ts';
import { Footer } from './Footer.tsx';

describe('Footer', () => {
  it('publishes both hotlines as dialable links, with the customs number for outside the district', () => {
    renderInModule(frameDefinition, Footer, createTestHost('zh-HK'));
    expect(screen.getByText('單一窗口服務熱線')).toBeTruthy();
    expect(screen.getByRole('link', { name: /95198/ }).getAttribute('href')).toBe('tel:95198');
    expect(screen.getByRole('link', { name: '12360' }).getAttribute('href')).toBe('tel:12360');
    expect(screen.getByRole('link', { name: '0755-12360' }).getAttribute('href')).toBe('tel:+8675512360');
  });
});
