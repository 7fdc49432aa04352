import { pinyin } from 'pinyin-pro';
import type { FeeItem } from '@sw/contracts';

/** Pinyin of a text (syllables without tones, ü as v) and its initials, from one conversion. */
function keysOf(text: string): [full: string, initials: string] {
  const syllables = pinyin(text, { type: 'array', toneType: 'none', nonZh: 'removed', v: true }).filter(Boolean);
  return [syllables.join(''), syllables.map((syllable) => syllable[0]).join('')];
}

// Charging bodies (and many names) repeat across a catalogue: convert each text once.
const cache = new Map<string, [string, string]>();
function cachedKeys(text: string): [string, string] {
  let keys = cache.get(text);
  if (!keys) {
    keys = keysOf(text);
    cache.set(text, keys);
  }
  return keys;
}

/**
 * Pinyin search keys for an item's Simplified Chinese name and charging body: the syllables
 * without tones (`yinhang` finds 引航, `lv` stands for `lü`) and the initials (`yhyb` finds 引航（移泊）费).
 * Latin letters and digits are left out here: the item's own texts already hold them.
 */
export function feePinyinKeys(item: FeeItem): string[] {
  return [...cachedKeys(item.name['zh-CN']), ...cachedKeys(item.chargingBody.name['zh-CN'])];
}
