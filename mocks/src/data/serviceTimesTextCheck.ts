import type { LocalizedText } from '@sw/contracts';

// Test helper: tells Simplified from Traditional Chinese by the legacy charsets each script lives in.
// (The same check as in fees.test.ts, where it is private; a shared home for both would be better.)

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

let scripts: { big5: Set<string>; gb2312: Set<string> } | undefined;
function loadScripts() {
  if (scripts) return scripts;
  // Standard Big5 hanzi (A440–C67E, C940–F9D5): traditional characters only.
  const big5 = charset('big5', [
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
  // Hong Kong standard forms (HKSCS) that are traditional but outside standard Big5.
  for (const char of '枱衞綫啓') big5.add(char);
  // GB2312 hanzi (B0A1–F7FE): simplified characters only.
  const gb2312 = charset('gbk', [[[0xb0, 0xf7], [[0xa1, 0xfe]]]]);
  return (scripts = { big5, gb2312 });
}

const HAN = /\p{Script=Han}/u;
const hanChars = (text: string) => [...text].filter((char) => HAN.test(char));

/** What is wrong with one localized text (wrong script, a copied zh-CN, Chinese in English); empty when fine. */
export function textProblems(where: string, text: LocalizedText): string[] {
  const { big5, gb2312 } = loadScripts();
  const problems: string[] = [];
  for (const [locale, value] of Object.entries(text)) if (!value.trim()) problems.push(`${where} ${locale} is blank`);
  const notTraditional = hanChars(text['zh-HK']).filter((char) => !big5.has(char));
  const notSimplified = hanChars(text['zh-CN']).filter((char) => !gb2312.has(char));
  if (notTraditional.length) problems.push(`${where} zh-HK has non-traditional characters ${notTraditional.join('')}`);
  if (notSimplified.length) problems.push(`${where} zh-CN has non-simplified characters ${notSimplified.join('')}`);
  const simplifiedOnly = hanChars(text['zh-CN']).filter((char) => !big5.has(char));
  if (simplifiedOnly.length && text['zh-HK'] === text['zh-CN']) problems.push(`${where} zh-HK is a copy of zh-CN`);
  if (HAN.test(text.en)) problems.push(`${where} en contains Chinese: ${text.en}`);
  return problems;
}
