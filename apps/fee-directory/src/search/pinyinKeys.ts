import { pinyin } from 'pinyin-pro';
import type { FeeItem } from '@sw/contracts';

const full = (text: string) => pinyin(text, { toneType: 'none', separator: '', nonZh: 'removed', v: true });
const initials = (text: string) =>
  pinyin(text, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'removed' });

/**
 * Pinyin search keys for an item's Simplified Chinese name and charging body: the syllables
 * without tones (`yinhang` finds 引航, `lv` stands for `lü`) and the initials (`yhyb` finds 引航（移泊）费).
 * Latin letters and digits are left out here: the item's own texts already hold them.
 */
export function feePinyinKeys(item: FeeItem): string[] {
  const name = item.name['zh-CN'];
  const body = item.chargingBody.name['zh-CN'];
  return [full(name), initials(name), full(body), initials(body)];
}
