import { PORT_IDS, type FeeItem, type FeeStatus, type Organisation, type PortId } from '@sw/contracts';
import type { SeedData } from '../src/index.ts';
import { demoSeedData } from '../src/index.ts';

/** A small deterministic PRNG (mulberry32), so every run builds the same catalogue. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS: [string, string, string][] = [
  ['前海', '前海', 'Qianhai'],
  ['南山', '南山', 'Nanshan'],
  ['福田', '福田', 'Futian'],
  ['宝安', '寶安', "Bao'an"],
  ['龙岗', '龍崗', 'Longgang'],
  ['盐田', '鹽田', 'Yantian'],
  ['坪山', '坪山', 'Pingshan'],
  ['光明', '光明', 'Guangming'],
  ['龙华', '龍華', 'Longhua'],
  ['罗湖', '羅湖', 'Luohu'],
];
const BRANDS: [string, string, string][] = [
  ['华通', '華通', 'Huatong'],
  ['联运', '聯運', 'Lianyun'],
  ['远航', '遠航', 'Yuanhang'],
  ['海润', '海潤', 'Hairun'],
  ['鹏程', '鵬程', 'Pengcheng'],
  ['港湾', '港灣', 'Gangwan'],
  ['泰丰', '泰豐', 'Taifeng'],
  ['宏达', '宏達', 'Hongda'],
  ['安盛', '安盛', 'Ansheng'],
  ['恒信', '恆信', 'Hengxin'],
  ['东方', '東方', 'Dongfang'],
  ['顺航', '順航', 'Shunhang'],
  ['金海', '金海', 'Jinhai'],
  ['蓝海', '藍海', 'Lanhai'],
  ['中联', '中聯', 'Zhonglian'],
  ['汇丰', '匯豐', 'Huifeng'],
  ['宝通', '寶通', 'Baotong'],
  ['长风', '長風', 'Changfeng'],
  ['新港', '新港', 'Xingang'],
  ['瑞达', '瑞達', 'Ruida'],
];
const KINDS: [Organisation['kind'], string, string, string][] = [
  ['terminal', '码头有限公司', '碼頭有限公司', 'Terminal Co., Ltd.'],
  ['forwarder', '国际货运代理有限公司', '國際貨運代理有限公司', 'International Freight Forwarding Co., Ltd.'],
  ['agency', '船务代理有限公司', '船務代理有限公司', 'Shipping Agency Co., Ltd.'],
  ['port-operator', '港口服务有限公司', '港口服務有限公司', 'Port Services Co., Ltd.'],
];

/** 200 made-up charging bodies (district × brand), besides the demo organisations. */
export function syntheticOrganisations(): Organisation[] {
  return DISTRICTS.flatMap(([dCN, dHK, dEN], d) =>
    BRANDS.map(([bCN, bHK, bEN], b): Organisation => {
      const [kind, kCN, kHK, kEN] = KINDS[(d + b) % KINDS.length]!;
      return {
        id: `org-${dEN.toLowerCase().replace(/[^a-z]/g, '')}-${bEN.toLowerCase()}`,
        kind,
        name: {
          'zh-CN': `深圳${dCN}${bCN}${kCN}`,
          'zh-HK': `深圳${dHK}${bHK}${kHK}`,
          en: `Shenzhen ${dEN} ${bEN} ${kEN}`,
        },
      };
    }),
  );
}

const STATUSES: [FeeStatus, number][] = [
  ['effective', 0.8],
  ['publicised', 0.08],
  ['suspended', 0.06],
  ['abolished', 0.06],
];

/**
 * A catalogue of `count` items for load tests: the demo items as templates, each copy levied by
 * one of 200 made-up organisations, on 1 to 3 ports, with its own code, status, amount and date.
 */
export function syntheticSeedData(count: number, seed = 2019): SeedData {
  const demo = demoSeedData();
  const next = random(seed);
  const organisations = [...demo.organisations, ...syntheticOrganisations()];
  const bodies = organisations.slice(demo.organisations.length);
  const fees: FeeItem[] = [];
  for (let k = 0; k < count; k++) {
    const template = demo.fees[k % demo.fees.length]!;
    const body = bodies[Math.floor(next() * bodies.length)]!;
    const ports = new Set<PortId>();
    const portCount = 1 + Math.floor(next() * 3);
    while (ports.size < portCount) ports.add(PORT_IDS[Math.floor(next() * PORT_IDS.length)]!);
    let pick = next();
    const status = STATUSES.find(([, weight]) => (pick -= weight) < 0)?.[0] ?? 'effective';
    const factor = 0.5 + next();
    const standard =
      template.standard.kind === 'fixed'
        ? { ...template.standard, amount: Math.round(template.standard.amount * factor * 100) / 100 }
        : template.standard;
    const year = 2019 + Math.floor(next() * 8);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const { source: _source, ...rest } = template;
    fees.push({
      ...rest,
      id: `${template.id}-s${k}`,
      code: `${template.code}-S${k}`,
      chargingBody: { id: body.id, name: body.name },
      ports: [...ports],
      status,
      standard,
      effectiveFrom: `${year}-${month}-01`,
      demo: true,
    });
  }
  return { organisations, ports: demo.ports, fees, users: demo.users, asOf: demo.asOf };
}
