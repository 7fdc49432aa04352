import type { LocalizedText } from '@sw/contracts';

// Checks for demo texts in three languages: zh-HK in traditional characters, zh-CN in simplified
// ones, English without Chinese. Test helper (not exported from the package).

/** Characters of a legacy double-byte charset, read back through the WHATWG decoder. */
function charset(
  encoding: string,
  ranges: Array<[lead: [number, number], trail: Array<[number, number]>]>,
): Set<string> {
  const decoder = new TextDecoder(encoding);
  const chars = new Set<string>();
  for (const [[leadFrom, leadTo], trails] of ranges) {
    for (let lead = leadFrom; lead <= leadTo; lead++) {
      for (const [from, to] of trails) {
        for (let trail = from; trail <= to; trail++) {
          const char = decoder.decode(new Uint8Array([lead, trail]));
          if (char.length === 1 && char !== '\uFFFD') chars.add(char);
        }
      }
    }
  }
  return chars;
}

// Standard Big5 hanzi (A440–C67E, C940–F9D5): traditional characters only, plus Hong Kong standard forms.
const BIG5 = charset('big5', [
  [
    [0xa4, 0xc5],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  ],
  [[0xc6, 0xc6], [[0x40, 0x7e]]],
  [
    [0xc9, 0xf9],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  ],
]);
for (const char of '枱衞綫啓') BIG5.add(char);
// GB2312 hanzi (B0A1–F7FE): simplified characters only.
const GB2312 = charset('gbk', [[[0xb0, 0xf7], [[0xa1, 0xfe]]]]);

const HAN = /\p{Script=Han}/u;
const hanChars = (text: string) => [...text].filter((char) => HAN.test(char));

/** Problems with one localized text; an empty list when it is fine. */
export function languageProblems(where: string, text: LocalizedText): string[] {
  const problems: string[] = [];
  for (const [locale, value] of Object.entries(text)) {
    if (!value.trim()) problems.push(`${where} ${locale} is blank`);
  }
  const simplifiedOnly = hanChars(text['zh-CN']).filter((char) => !BIG5.has(char));
  const notTraditional = hanChars(text['zh-HK']).filter((char) => !BIG5.has(char));
  const notSimplified = hanChars(text['zh-CN']).filter((char) => !GB2312.has(char));
  if (notTraditional.length) problems.push(`${where} zh-HK has non-traditional characters ${notTraditional.join('')}`);
  if (notSimplified.length) problems.push(`${where} zh-CN has non-simplified characters ${notSimplified.join('')}`);
  if (simplifiedOnly.length && text['zh-HK'] === text['zh-CN']) {
    problems.push(`${where} zh-HK is a copy of zh-CN (${simplifiedOnly.join('')} need traditional forms)`);
  }
  if (HAN.test(text.en)) problems.push(`${where} en contains Chinese: ${text.en}`);
  return problems;
}

const isLocalizedText = (value: object): value is LocalizedText =>
  Object.keys(value).sort().join() === ['en', 'zh-CN', 'zh-HK'].join();

/** Every localized text inside a value, with its path, e.g. `steps.3.contact.unit`. */
export function localizedTextsIn(value: unknown, path = ''): Array<[string, LocalizedText]> {
  if (typeof value !== 'object' || value === null) return [];
  if (!Array.isArray(value) && isLocalizedText(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => localizedTextsIn(child, path ? `${path}.${key}` : key));
}
