import { PORT_IDS, type FeeItem, type FeeStatus, type LocalizedText, type PortId } from '@sw/contracts';
import { FEES } from './fees.ts';

/** A small deterministic PRNG (mulberry32): the same catalogue on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: Array<[string, string, string]> = [
  ['前海', '前海', 'Qianhai'],
  ['南山', '南山', 'Nanshan'],
  ['福田', '福田', 'Futian'],
  ['宝安', '寶安', "Bao'an"],
  ['龙岗', '龍崗', 'Longgang'],
  ['盐田', '鹽田', 'Yantian'],
  ['坪山', '坪山', 'Pingshan'],
  ['光明', '光明', 'Guangming'],
];
const BRANDS: Array<[string, string, string]> = [
  ['华通', '華通', 'Huatong'],
  ['远航', '遠航', 'Yuanhang'],
  ['海润', '海潤', 'Hairun'],
  ['鹏程', '鵬程', 'Pengcheng'],
  ['泰丰', '泰豐', 'Taifeng'],
  ['宏达', '宏達', 'Hongda'],
  ['恒信', '恆信', 'Hengxin'],
  ['金海', '金海', 'Jinhai'],
  ['蓝海', '藍海', 'Lanhai'],
  ['瑞达', '瑞達', 'Ruida'],
];
const STATUSES: Array<[FeeStatus, number]> = [
  ['effective', 0.82],
  ['publicised', 0.06],
  ['suspended', 0.05],
  ['abolished', 0.05],
  ['withdrawn', 0.02],
];

const suffix = (text: LocalizedText, extra: LocalizedText): LocalizedText => ({
  'zh-CN': `${text['zh-CN']}（${extra['zh-CN']}）`,
  'zh-HK': `${text['zh-HK']}（${extra['zh-HK']}）`,
  en: `${text.en} (${extra.en})`,
});

/**
 * A synthetic catalogue of `count` items for benchmarks: the demo items as templates, each copy
 * levied by one of 80 made-up companies (place × brand) on one to three ports, with its own id,
 * code, status, amount and date. Marked demo; never served by the API unless asked.
 */
export function generateFees(count: number, seed = 20_000): FeeItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const items: FeeItem[] = [];
  for (let i = 0; i < count; i++) {
    const template = FEES[i % FEES.length]!;
    const [pCN, pHK, pEN] = pick(PLACES);
    const [bCN, bHK, bEN] = pick(BRANDS);
    const company: LocalizedText = { 'zh-CN': `深圳${pCN}${bCN}港口服务有限公司`, 'zh-HK': `深圳${pHK}${bHK}港口服務有限公司`, en: `Shenzhen ${pEN} ${bEN} Port Services Co., Ltd.` };
    const ports = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PORT_IDS)))] as PortId[];
    let roll = next();
    const status = STATUSES.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'effective';
    const factor = 0.6 + next() * 0.8;
    const standard: FeeItem['standard'] =
      template.standard.kind === 'fixed'
        ? { ...template.standard, amount: Math.round(template.standard.amount * factor * 100) / 100 }
        : template.standard;
    const year = 2019 + Math.floor(next() * 8);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const { publicity: _p, pendingChange: _c, source: _s, ...rest } = template;
    items.push({
      ...rest,
      id: `syn-${String(i).padStart(5, '0')}`,
      code: `SY-${String(i).padStart(5, '0')}`,
      chargingBody: { id: `syn-${pEN.toLowerCase().replace(/[^a-z]/g, '')}-${bEN.toLowerCase()}`, name: company },
      name: suffix(template.name, { 'zh-CN': `${pCN}${bCN}`, 'zh-HK': `${pHK}${bHK}`, en: `${pEN} ${bEN}` }),
      standard,
      ports,
      status,
      effectiveFrom: `${year}-${month}-01`,
      demo: true,
      ...(status === 'publicised' ? { publicity: { startsOn: '2026-11-16', endsOn: '2026-11-27', workingDays: 10 } } : {}),
    });
  }
  return items;
}
