import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_ATTACHMENT_LIMITS,
  base64ToBytes,
  bytesToBase64,
  checkAttachment,
  sniffAttachmentType,
} from './attachments.ts';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF');
const PDF = bytes('%PDF-1.7\n%âãÏÓ');
const WEBP = bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ');
const EXE = bytes('MZ', 0x90, 0, 3, 0, 0, 0);
const HTML = bytes('<html><script>alert(1)</script>');

describe('attachment type by content', () => {
  it.each([
    [PNG, 'image/png'],
    [JPEG, 'image/jpeg'],
    [PDF, 'application/pdf'],
    [WEBP, 'image/webp'],
    [bytes('GIF89a', 1, 0, 1, 0), 'image/gif'],
    [EXE, undefined],
    [HTML, undefined],
    [bytes(0x89, 'PN'), undefined],
  ])('reads the magic bytes', (content, type) => {
    expect(sniffAttachmentType(content)).toBe(type);
  });

  it('accepts a file whose name matches its content, in any case', () => {
    expect(checkAttachment('receipt.PDF', PDF)).toBe('application/pdf');
    expect(checkAttachment('photo.jpeg', JPEG)).toBe('image/jpeg');
  });

  it('refuses a program named like a PDF, and a PDF named like a photo', () => {
    expect(checkAttachment('invoice.pdf', EXE)).toEqual({ code: 'attachment.type_not_allowed' });
    expect(checkAttachment('photo.jpg', PDF)).toEqual({
      code: 'attachment.type_mismatch',
      detected: 'application/pdf',
      extension: 'jpg',
    });
    expect(checkAttachment('page.html', HTML)).toEqual({ code: 'attachment.type_not_allowed' });
  });

  it('refuses empty and oversized files', () => {
    expect(checkAttachment('a.png', new Uint8Array())).toEqual({ code: 'attachment.empty' });
    const big = new Uint8Array(COMPLAINT_ATTACHMENT_LIMITS.maxBytes + 1);
    big.set(PNG);
    expect(checkAttachment('a.png', big)).toMatchObject({ code: 'attachment.too_large' });
  });

  it('round-trips base64 for large files', () => {
    const data = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    const back = base64ToBytes(bytesToBase64(data));
    expect(back.length === data.length && back.every((value, i) => value === data[i])).toBe(true);
  });
});
