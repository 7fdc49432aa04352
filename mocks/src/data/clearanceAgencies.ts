import type { ClearanceAgency, ClearanceBenchmark, LocalizedText, PortId, StepContact } from '@sw/contracts';

export const t = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

/**
 * The bodies that run clearance steps. Customs, border inspection, the maritime safety
 * administration and the port office are real authorities; the terminals, the shipping agency and
 * the customs broker are the organisations of the fee catalogue. `organisationId` links an agency to
 * the suite organisation whose operators may propose changes to its steps.
 */
export const CLEARANCE_AGENCIES: ClearanceAgency[] = [
  {
    id: 'shenzhen-customs',
    name: t('深圳海关', '深圳海關', 'Shenzhen Customs'),
    kind: 'customs',
    organisationId: 'shenzhen-customs',
  },
  {
    id: 'border-inspection',
    name: t('深圳出入境边防检查总站', '深圳出入境邊防檢查總站', 'Shenzhen General Station of Exit and Entry Frontier Inspection'),
    kind: 'border-inspection',
  },
  {
    id: 'shenzhen-msa',
    name: t('深圳海事局', '深圳海事局', 'Shenzhen Maritime Safety Administration'),
    kind: 'maritime',
    organisationId: 'shenzhen-msa',
  },
  {
    id: 'port-office',
    name: t('深圳市口岸办公室', '深圳市口岸辦公室', 'Shenzhen Port Office'),
    kind: 'port-office',
  },
  {
    id: 'yict',
    name: t('盐田国际集装箱码头有限公司', '鹽田國際集裝箱碼頭有限公司', 'Yantian International Container Terminals Ltd.'),
    kind: 'terminal',
    organisationId: 'yict',
  },
  {
    id: 'sct',
    name: t('蛇口集装箱码头有限公司', '蛇口集裝箱碼頭有限公司', 'Shekou Container Terminals Ltd.'),
    kind: 'terminal',
    organisationId: 'sct',
  },
  {
    id: 'baoan-cargo',
    name: t('深圳宝安国际机场货运站', '深圳寶安國際機場貨運站', "Shenzhen Bao'an International Airport Cargo Terminal"),
    kind: 'terminal',
    organisationId: 'baoan-cargo',
  },
  {
    id: 'huanggang-yard',
    name: t('皇岗口岸货运监管场站', '皇崗口岸貨運監管場站', 'Huanggang Port Freight Inspection Yard'),
    kind: 'terminal',
    organisationId: 'huanggang-yard',
  },
  {
    id: 'wenjindu-yard',
    name: t('文锦渡口岸货运监管场站', '文錦渡口岸貨運監管場站', 'Wenjindu Port Freight Inspection Yard'),
    kind: 'terminal',
    organisationId: 'wenjindu-yard',
  },
  {
    id: 'shenzhen-bay-yard',
    name: t('深圳湾口岸货运监管场站', '深圳灣口岸貨運監管場站', 'Shenzhen Bay Port Freight Inspection Yard'),
    kind: 'terminal',
    organisationId: 'shenzhen-bay-yard',
  },
  {
    id: 'pingshan-rail-yard',
    name: t('坪山铁路口岸集装箱场站', '坪山鐵路口岸集裝箱場站', 'Pingshan Rail Port Container Yard'),
    kind: 'terminal',
    organisationId: 'pingshan-rail-yard',
  },
  {
    id: 'penavico-sz',
    name: t('中国深圳外轮代理有限公司', '中國深圳外輪代理有限公司', 'Penavico Shenzhen (China Ocean Shipping Agency Shenzhen)'),
    kind: 'shipping-agent',
    organisationId: 'penavico-sz',
  },
  {
    id: 'broker-demo',
    name: t('鹏城报关服务有限公司', '鵬城報關服務有限公司', 'Pengcheng Customs Brokerage Co., Ltd.'),
    kind: 'customs-broker',
    organisationId: 'broker-demo',
  },
];

const OFFICE_HOURS = t(
  '周一至周五 8:30–12:00、14:00–18:00（法定节假日除外）；网上申报 7×24 小时',
  '星期一至五 8:30–12:00、14:00–18:00（法定假日除外）；網上申報 7×24 小時',
  'Mon–Fri 8:30–12:00 and 14:00–18:00 (except public holidays); online filing 24/7',
);
const ROUND_THE_CLOCK = t('7×24 小时', '7×24 小時', '24 hours a day, 7 days a week');
const SINGLE_WINDOW = 'https://www.singlewindow.cn/';

/** The customs unit in charge at each port (a subordinate customs of Shenzhen Customs). */
const CUSTOMS_AT: Record<PortId, LocalizedText> = {
  yantian: t('盐田海关 通关业务科', '鹽田海關 通關業務科', 'Yantian Customs, clearance section'),
  shekou: t('蛇口海关 通关业务科', '蛇口海關 通關業務科', 'Shekou Customs, clearance section'),
  chiwan: t('蛇口海关 赤湾监管现场', '蛇口海關 赤灣監管現場', 'Shekou Customs, Chiwan control site'),
  mawan: t('蛇口海关 妈湾监管现场', '蛇口海關 媽灣監管現場', 'Shekou Customs, Mawan control site'),
  'dachan-bay': t('大铲海关 通关业务科', '大鏟海關 通關業務科', 'Dachan Customs, clearance section'),
  'baoan-airport': t('深圳宝安机场海关 通关业务科', '深圳寶安機場海關 通關業務科', "Shenzhen Bao'an Airport Customs, clearance section"),
  huanggang: t('皇岗海关 货运通关科', '皇崗海關 貨運通關科', 'Huanggang Customs, freight clearance section'),
  wenjindu: t('文锦渡海关 货运通关科', '文錦渡海關 貨運通關科', 'Wenjindu Customs, freight clearance section'),
  'shenzhen-bay': t('深圳湾海关 货运通关科', '深圳灣海關 貨運通關科', 'Shenzhen Bay Customs, freight clearance section'),
  'pingshan-rail': t('深圳海关 坪山铁路口岸监管现场', '深圳海關 坪山鐵路口岸監管現場', 'Shenzhen Customs, Pingshan rail port control site'),
};

const PORT_ADDRESS: Record<PortId, LocalizedText> = {
  yantian: t('深圳市盐田区盐田港区', '深圳市鹽田區鹽田港區', 'Yantian Port Area, Yantian District, Shenzhen'),
  shekou: t('深圳市南山区蛇口港区', '深圳市南山區蛇口港區', 'Shekou Port Area, Nanshan District, Shenzhen'),
  chiwan: t('深圳市南山区赤湾港区', '深圳市南山區赤灣港區', 'Chiwan Port Area, Nanshan District, Shenzhen'),
  mawan: t('深圳市南山区妈湾港区', '深圳市南山區媽灣港區', 'Mawan Port Area, Nanshan District, Shenzhen'),
  'dachan-bay': t('深圳市宝安区大铲湾港区', '深圳市寶安區大鏟灣港區', 'Dachan Bay Port Area, Bao’an District, Shenzhen'),
  'baoan-airport': t('深圳市宝安区宝安国际机场货运区', '深圳市寶安區寶安國際機場貨運區', 'Cargo area, Bao’an International Airport, Shenzhen'),
  huanggang: t('深圳市福田区皇岗口岸货检区', '深圳市福田區皇崗口岸貨檢區', 'Freight inspection area, Huanggang Port, Futian District, Shenzhen'),
  wenjindu: t('深圳市罗湖区文锦渡口岸货检区', '深圳市羅湖區文錦渡口岸貨檢區', 'Freight inspection area, Wenjindu Port, Luohu District, Shenzhen'),
  'shenzhen-bay': t('深圳市南山区深圳湾口岸货检区', '深圳市南山區深圳灣口岸貨檢區', 'Freight inspection area, Shenzhen Bay Port, Nanshan District, Shenzhen'),
  'pingshan-rail': t('深圳市坪山区坪山铁路口岸', '深圳市坪山區坪山鐵路口岸', 'Pingshan Rail Port, Pingshan District, Shenzhen'),
};

/** Customs contacts: 12360 is the national customs hotline (Shenzhen customs district: dial 12360). */
export function customsContact(port: PortId): StepContact {
  return {
    unit: CUSTOMS_AT[port],
    phone: '12360',
    address: PORT_ADDRESS[port],
    openingHours: OFFICE_HOURS,
    website: SINGLE_WINDOW,
  };
}

/** Border inspection: 12367 is the National Immigration Administration's service hotline. */
export function borderContact(port: PortId): StepContact {
  const station: Partial<Record<PortId, LocalizedText>> = {
    yantian: t('盐田边检站', '鹽田邊檢站', 'Yantian Frontier Inspection Station'),
    huanggang: t('皇岗边检站', '皇崗邊檢站', 'Huanggang Frontier Inspection Station'),
    wenjindu: t('文锦渡边检站', '文錦渡邊檢站', 'Wenjindu Frontier Inspection Station'),
    'shenzhen-bay': t('深圳湾边检站', '深圳灣邊檢站', 'Shenzhen Bay Frontier Inspection Station'),
  };
  return {
    unit: station[port] ?? t('深圳边检总站 执勤业务处', '深圳邊檢總站 執勤業務處', 'Shenzhen Frontier Inspection, operations division'),
    phone: '12367',
    address: PORT_ADDRESS[port],
    openingHours: ROUND_THE_CLOCK,
  };
}

export function msaContact(port: PortId): StepContact {
  const east = port === 'yantian' || port === 'dachan-bay';
  return {
    unit: east
      ? t('盐田海事局 船舶监督科', '鹽田海事局 船舶監督科', 'Yantian MSA, ship supervision section')
      : t('蛇口海事局 船舶监督科', '蛇口海事局 船舶監督科', 'Shekou MSA, ship supervision section'),
    phone: '0755-0000-2395',
    address: PORT_ADDRESS[port],
    openingHours: ROUND_THE_CLOCK,
  };
}

/** Contacts of the terminals, yards, the agency and the broker (illustrative numbers). */
export function companyContact(agencyId: string, port: PortId, unit: LocalizedText, phone: string): StepContact {
  return {
    unit,
    phone,
    ...(agencyId === 'penavico-sz' ? { email: 'docs@penavico-sz.example' } : {}),
    address: PORT_ADDRESS[port],
    openingHours: t(
      '每日 8:00–22:00；网上预约 7×24 小时',
      '每日 8:00–22:00；網上預約 7×24 小時',
      'Daily 8:00–22:00; online booking 24/7',
    ),
  };
}

/**
 * China's overall clearance time, General Administration of Customs (shared/data/FACTS.md):
 * the context for the times published here.
 */
export const CLEARANCE_BENCHMARKS: ClearanceBenchmark[] = [
  {
    period: t('2017 年（基准）', '2017 年（基準）', '2017 (baseline)'),
    importHours: 97.39,
    exportHours: 12.29,
    target: false,
    source: 'General Administration of Customs (GACC), overall clearance time',
  },
  {
    period: t('2018 年目标', '2018 年目標', '2018 target'),
    importHours: 65,
    exportHours: 8.2,
    target: true,
    source: 'General Administration of Customs (GACC), overall clearance time',
  },
  {
    period: t('2020 年 12 月', '2020 年 12 月', 'December 2020'),
    importHours: 34.91,
    exportHours: 1.78,
    target: false,
    source: 'General Administration of Customs (GACC), overall clearance time',
  },
  {
    period: t('2022 年', '2022 年', '2022'),
    importHours: 32.02,
    exportHours: 1.03,
    target: false,
    source: 'General Administration of Customs (GACC), overall clearance time',
  },
];
