import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCESSIBLE_TOKENS, AccessibleColors } from '../AccessibleColors/AccessibleColors.tsx';
import { useTextStyles } from './useTextStyles.ts';

afterEach(cleanup);

function Card() {
  const styles = useTextStyles();
  return (
    <>
      <h3 style={styles.heading}>Goods declarations</h3>
      <span style={styles.secondary}>March 2020</span>
    </>
  );
}

describe('useTextStyles', () => {
  it('gives secondary text the theme’s colour, so the accessible contrast applies to plain text too', () => {
    render(
      <AccessibleColors>
        <Card />
      </AccessibleColors>,
    );
    expect(screen.getByText('March 2020').style.color).toBe(ACCESSIBLE_TOKENS.colorTextSecondary);
    expect(screen.getByRole('heading', { name: 'Goods declarations' }).style.fontWeight).toBe('600');
  });
});
