import { describe, expect, it } from 'vitest';
import { maskEmail, maskName, maskPhone } from './masking.ts';

describe('masking personal data for lists', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳小明', '欧***'],
    ['Chan Tai Man', 'C*** T** M**'],
    ['Li', 'L*'],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it.each([
    ['+8613812345678', '+86 138****5678'],
    ['+8675583251234', '+86 *******1234'],
    ['+85291234567', '+852 ****4567'],
    ['+85366123456', '+853 ****3456'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('keeps the first letter of the mailbox and the domain of an e-mail address', () => {
    expect(maskEmail('li.wei@example.com')).toBe('l***@example.com');
  });
});
