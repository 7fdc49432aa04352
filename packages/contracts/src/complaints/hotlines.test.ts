import { describe, expect, it } from 'vitest';
import { hotlineDialsFrom, recommendHotlines, type Hotline } from './hotlines.ts';

const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });
const line = (id: string, topics: Hotline['topics'], dial: Hotline['dial']): Hotline => ({
  id,
  number: id,
  name: text(id),
  agency: text(id),
  scope: text(id),
  hours: text(id),
  languages: ['putonghua'],
  dial,
  topics,
  demo: true,
});

const singleWindow = line(
  '95198',
  ['port-charges', 'clearance', 'terminal-times', 'system', 'other'],
  [{ display: '95198', tel: 'tel:95198', from: ['shenzhen-customs-district', 'mainland-elsewhere'] }],
);
const customs = line(
  '12360',
  ['clearance'],
  [
    { display: '12360', tel: 'tel:12360', from: ['shenzhen-customs-district'] },
    { display: '0755-12360', tel: 'tel:+8675512360', from: ['mainland-elsewhere'] },
    { display: '+86 755 12360', tel: 'tel:+8675512360', from: ['outside-mainland'] },
  ],
);

describe('the hotline chooser', () => {
  it('dials 12360 inside the Shenzhen customs district and 0755-12360 elsewhere', () => {
    expect(hotlineDialsFrom(customs, 'shenzhen-customs-district').map((d) => d.display)).toEqual(['12360']);
    expect(hotlineDialsFrom(customs, 'mainland-elsewhere').map((d) => d.display)).toEqual(['0755-12360']);
    expect(hotlineDialsFrom(customs, undefined)).toHaveLength(3);
  });

  it('recommends the specialised line first, then the general one', () => {
    expect(recommendHotlines([singleWindow, customs], 'clearance', 'mainland-elsewhere').map((h) => h.id)).toEqual([
      '12360',
      '95198',
    ]);
  });

  it('leaves out lines that cannot be dialled from where the caller is', () => {
    expect(recommendHotlines([singleWindow, customs], 'clearance', 'outside-mainland').map((h) => h.id)).toEqual([
      '12360',
    ]);
  });
});
