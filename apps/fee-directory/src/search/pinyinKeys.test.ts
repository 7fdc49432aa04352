import { describe, expect, it } from 'vitest';
import { createFeeSearchIndex } from '@sw/contracts';
import { makeFee, text } from '../testing/feeFixture.ts';
import { feePinyinKeys } from './pinyinKeys.ts';

const pilotage = makeFee({
  id: 'pilotage',
  name: text('引航（移泊）费', '引航（移泊）費', 'Pilotage and shifting'),
  chargingBody: { id: 'pilot-station', name: text('深圳引航站', '深圳引航站', 'Shenzhen Pilot Station') },
});
const greenLane = makeFee({ id: 'green', name: text('绿色通道服务费', '綠色通道服務費', 'Green lane service') });
const index = createFeeSearchIndex([pilotage, greenLane], feePinyinKeys);
const found = (q: string) => index.search({ q }).map((fee) => fee.id);

describe('pinyin search keys', () => {
  it('find an item by the toneless pinyin of its name or charging body', () => {
    expect(found('yinhang')).toEqual(['pilotage']);
    expect(found('YinHang YiBo')).toEqual(['pilotage']);
    expect(found('shenzhenyinhangzhan')).toEqual(['pilotage']);
  });

  it('find an item by its initials, and ü typed as v', () => {
    expect(found('yhyb')).toEqual(['pilotage']);
    expect(found('lvse')).toEqual(['green']);
    expect(found('lstd')).toEqual(['green']);
  });
});
