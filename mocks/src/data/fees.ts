import type {
  FeeApplicability,
  FeeCategory,
  FeeItem,
  PendingChange,
  Publicity,
  FeeStandard,
  FeeStatus,
  FeeUnit,
  LocalizedText,
  PortId,
  PricingType,
} from '@sw/contracts';
import { organisationById, type OrganisationId } from './organisations.ts';

/**
 * A demo port charge catalogue for Shenzhen (about 80 items).
 *
 * Items with a `source` use figures found in public sources (see shared/data/FACTS.md and the
 * source strings below) and have `demo: false`. Every other figure, date and rule is an
 * illustrative value with `demo: true` and no `source`; the UI must label those as examples.
 *
 * `effectiveFrom` is the date from which the item's current status and standard apply: the start
 * of charging for effective items, the planned start for publicised items (objections still open),
 * the start of the suspension for suspended items and the date of abolition for abolished items.
 */

/** When the catalogue was last updated; the API reports it as `asOf`. */
export const FEES_AS_OF = '2026-11-20T09:00:00+08:00';

// ---------------------------------------------------------------------------------------------
// Sources (public; demo: false)

export const SRC_2022_NOTICE =
  'MOT/NDRC, 关于减并港口收费等有关事项的通知 (2022-03-03, effective 2022-04-01), as reported by People\'s Daily Online 2022-03-03: Shenzhen pilotage base rate cut 15% (85% of the Port Charging Rules rate), trips of 10 nautical miles or less for ships over 120,000 net tons charged 41,650 yuan; government price of the port facility security fee abolished and folded into the port operation package fee as a sub-item no higher than before';
const SRC_2022_PRE_CUT = `${SRC_2022_NOTICE}. The pre-cut figure is derived: 41,650 / 0.85 = 49,000 yuan`;
export const SRC_2020_RELIEF =
  'State Council Information Office press conference, 2021-02-01: cargo port dues and port facility security fee cut by 20% in 2020, extended to 2020-12-31; customs waived 960 million yuan of cargo port dues and security fees in 2020';
export const SRC_PORT_CONSTRUCTION =
  'State Council Information Office press conference, 2021-02-01 (2020 exemption extended to 2020-12-31, up to 15 billion yuan waived); Ministry of Finance announcement of 2021-03-24 abolishing the fee from 2021-01-01 (reported by Securities Daily 2021-03-24); Guangdong Provincial Department of Transport, td.gd.gov.cn post 3238390 (levied by maritime administrations under Cai Zong [2011] No. 29 until 2020-12-31)';
const SRC_FORWARDER_LISTING =
  'Third-party listing of Shenzhen forwarder local charges: documentation RMB 125 (USD 15) per bill of lading; customs clearance RMB 250 per consignment';

// ---------------------------------------------------------------------------------------------
// Helpers

function t(zhCN: string, zhHK: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, 'zh-HK': zhHK, en };
}

function fixed(amount: number): FeeStandard {
  return { kind: 'fixed', amount, currency: 'CNY' };
}

function formula(text: LocalizedText, indicativeAmount?: number): FeeStandard {
  return indicativeAmount === undefined
    ? { kind: 'formula', formula: text, currency: 'CNY' }
    : { kind: 'formula', formula: text, indicativeAmount, currency: 'CNY' };
}

interface FeeDef {
  id: string;
  code: string;
  body: OrganisationId;
  name: LocalizedText;
  category: FeeCategory;
  service: LocalizedText;
  standard: FeeStandard;
  unit: FeeUnit;
  pricingType: PricingType;
  legalBasis: FeeItem['legalBasis'];
  payment: LocalizedText;
  ports: PortId[];
  effectiveFrom: string;
  status?: FeeStatus;
  /** Present only when the figures come from a public source. */
  source?: string;
}

function fee(def: FeeDef): FeeItem {
  const { body, source, status = 'effective', ...rest } = def;
  const organisation = organisationById(body);
  return {
    ...rest,
    chargingBody: { id: organisation.id, name: organisation.name },
    status,
    ...(source === undefined ? { demo: true } : { source, demo: false }),
  };
}

const SEA: PortId[] = ['yantian', 'shekou', 'chiwan', 'mawan', 'dachan-bay'];
const WEST: PortId[] = ['shekou', 'chiwan', 'mawan', 'dachan-bay'];
const ROAD: PortId[] = ['huanggang', 'wenjindu', 'shenzhen-bay'];

// Legal bases
const LB_PORT_RULES = {
  title: t(
    '《港口收费计费办法》（交水规〔2019〕2号）',
    '《港口收費計費辦法》（交水規〔2019〕2號）',
    'Port Charging Rules (Jiao Shui Gui [2019] No. 2), Ministry of Transport and NDRC',
  ),
};
const LB_PORT_RULES_MARKET = {
  title: t(
    '《港口收费计费办法》（交水规〔2019〕2号）实行市场调节价的港口收费；《明码标价和禁止价格欺诈规定》',
    '《港口收費計費辦法》（交水規〔2019〕2號）實行市場調節價的港口收費；《明碼標價和禁止價格欺詐規定》',
    'Port Charging Rules (Jiao Shui Gui [2019] No. 2), market-regulated port charges; Provisions on Clearly Marking Prices and Prohibiting Price Fraud',
  ),
};
const LB_2022_NOTICE = {
  title: t(
    '《交通运输部 国家发展改革委关于减并港口收费等有关事项的通知》（2022年3月）',
    '《交通運輸部 國家發展改革委關於減併港口收費等有關事項的通知》（2022年3月）',
    'MOT and NDRC Notice on Reducing and Merging Port Charges and Related Matters (March 2022)',
  ),
};
const LB_2020_RELIEF = {
  title: t(
    '2020年阶段性降低港口收费政策（交通运输部、国家发展改革委）',
    '2020年階段性降低港口收費政策（交通運輸部、國家發展改革委）',
    '2020 temporary port charge reductions (Ministry of Transport, NDRC)',
  ),
};
const LB_PORT_CONSTRUCTION = {
  title: t(
    '《港口建设费征收使用管理办法》（财综〔2011〕29号）；财政部关于取消港口建设费的公告（2021年）',
    '《港口建設費徵收使用管理辦法》（財綜〔2011〕29號）；財政部關於取消港口建設費的公告（2021年）',
    'Measures for the Collection, Use and Administration of the Port Construction Fee (Cai Zong [2011] No. 29); Ministry of Finance announcement abolishing the port construction fee (2021)',
  ),
};
const LB_PRICE_MARKING = {
  title: t(
    '《中华人民共和国价格法》；《明码标价和禁止价格欺诈规定》（国家市场监督管理总局令第56号）',
    '《中華人民共和國價格法》；《明碼標價和禁止價格欺詐規定》（國家市場監督管理總局令第56號）',
    'Price Law of the PRC; Provisions on Clearly Marking Prices and Prohibiting Price Fraud (SAMR Decree No. 56)',
  ),
};
const LB_SHIPPING = {
  title: t(
    '《中华人民共和国国际海运条例》；《中华人民共和国价格法》',
    '《中華人民共和國國際海運條例》；《中華人民共和國價格法》',
    'Regulations of the PRC on International Maritime Transportation; Price Law of the PRC',
  ),
};
const LB_CUSTOMS_BROKER = {
  title: t(
    '《中华人民共和国海关报关单位备案管理规定》（海关总署令第253号）；《中华人民共和国价格法》',
    '《中華人民共和國海關報關單位備案管理規定》（海關總署令第253號）；《中華人民共和國價格法》',
    'Customs Provisions on the Filing of Declaration Entities (GAC Decree No. 253); Price Law of the PRC',
  ),
};
const LB_INSPECTION = {
  title: t(
    '《中华人民共和国海关进出口货物查验管理办法》（海关总署令第138号）；《明码标价和禁止价格欺诈规定》',
    '《中華人民共和國海關進出口貨物查驗管理辦法》（海關總署令第138號）；《明碼標價和禁止價格欺詐規定》',
    'Customs Measures for the Inspection of Import and Export Goods (GAC Decree No. 138); Provisions on Clearly Marking Prices and Prohibiting Price Fraud',
  ),
};
const LB_PLANT_QUARANTINE = {
  title: t(
    '《中华人民共和国进出境动植物检疫法》及其实施条例',
    '《中華人民共和國進出境動植物檢疫法》及其實施條例',
    'Law of the PRC on Entry and Exit Animal and Plant Quarantine and its Implementing Regulations',
  ),
};
const LB_HEALTH_QUARANTINE = {
  title: t('《中华人民共和国国境卫生检疫法》', '《中華人民共和國國境衞生檢疫法》', 'Frontier Health and Quarantine Law of the PRC'),
};

// Payment texts
const PAY_PORT_DUES = t(
  '由港口经营人在货物装卸时代收，货方或其代理随港口作业费一并结算。',
  '由港口經營人在貨物裝卸時代收，貨方或其代理隨港口作業費一併結算。',
  'Collected by the port operator when the cargo is handled and settled by the cargo owner or its agent together with the handling charges.',
);
const PAY_SHIP = t(
  '船舶离港前由船方或其船舶代理结清，可月结。',
  '船舶離港前由船方或其船舶代理結清，可月結。',
  'Settled by the shipowner or its ship agent before the ship leaves port; monthly accounts possible.',
);
const PAY_CARRIER = t(
  '码头与船公司按月结算；船公司向货方转收的，应在其网站及营业场所明码标价。',
  '碼頭與船公司按月結算；船公司向貨方轉收的，應在其網站及營業場所明碼標價。',
  'Settled monthly between the terminal and the shipping line; a line passing it on to shippers must display the price on its website and premises.',
);
const PAY_CARGO = t(
  '货方或其代理在提箱或进港前通过码头网上业务平台或营业柜台缴付。',
  '貨方或其代理在提櫃或進港前透過碼頭網上業務平台或營業櫃枱繳付。',
  'Paid by the cargo owner or its agent before pick-up or gate-in, through the terminal\'s online service platform or at its counter.',
);
const PAY_AIR_CARGO = t(
  '收货人或其代理在提货前于货站营业柜台或网上缴付。',
  '收貨人或其代理在提貨前於貨站營業櫃枱或網上繳付。',
  'Paid by the consignee or its agent before collecting the cargo, at the cargo terminal counter or online.',
);
const PAY_AFTER_SERVICE = t(
  '服务完成后凭发票结算。',
  '服務完成後憑發票結算。',
  'Invoiced and paid after the service is performed.',
);
const PAY_AGENT = t(
  '按代理协议结算，一般随代理费一并收取。',
  '按代理協議結算，一般隨代理費一併收取。',
  'Paid under the agency agreement, usually together with the agency fee.',
);
const PAY_BROKER = t(
  '按委托报关协议在货物放行前或按月结算。',
  '按委託報關協議在貨物放行前或按月結算。',
  'Paid under the customs brokerage agreement before release of the goods or monthly.',
);
const PAY_INSPECTION = t(
  '查验完成后由货方或其代理向码头缴付；查验没有问题的，按规定不由企业承担。',
  '查驗完成後由貨方或其代理向碼頭繳付；查驗沒有問題的，按規定不由企業承擔。',
  'Paid to the terminal by the cargo owner or its agent after the inspection; not borne by the company when the inspection finds no problem.',
);
const PAY_NOT_CHARGED = t('现不收取。', '現不收取。', 'Not charged at present.');
const PAY_PUBLICISED = t(
  '公示期内不得收取；公示期满无异议后方可按公示标准收取。',
  '公示期內不得收取；公示期滿無異議後方可按公示標準收取。',
  'May not be charged during the publicity period; chargeable at the publicised rate only once the period ends without objection.',
);

// ---------------------------------------------------------------------------------------------

const PORT_DUES: FeeItem[] = [
  ...(
    [
      ['fee-port-dues-container-foreign', 'PD-001', 20, 32],
      ['fee-port-dues-container-foreign-40', 'PD-004', 40, 48],
    ] as const
  ).map(([id, code, size, amount]) =>
    fee({
      id,
      code,
      body: 'port-authority',
      name:
        size === 20
          ? t('货物港务费（外贸集装箱，20英尺）', '貨物港務費（外貿貨櫃，20呎）', 'Cargo port dues (foreign-trade containers, 20-ft)')
          : t('货物港务费（外贸集装箱，40英尺）', '貨物港務費（外貿貨櫃，40呎）', 'Cargo port dues (foreign-trade containers, 40-ft)'),
      category: 'port-dues',
      service: t(
        '对经港口吞吐的外贸进出口集装箱货物征收，用于港口公共基础设施的维护。',
        '對經港口吞吐的外貿進出口貨櫃貨物徵收，用於港口公共基礎設施的維護。',
        'Levied on foreign-trade containers loaded or discharged at the port, for maintaining public port infrastructure.',
      ),
      standard: fixed(amount),
      unit: size === 20 ? 'teu20' : 'feu40',
      pricingType: 'government-set',
      legalBasis: LB_PORT_RULES,
      payment: PAY_PORT_DUES,
      ports: SEA,
      effectiveFrom: '2021-01-01',
    }),
  ),
  fee({
    id: 'fee-port-dues-bulk-foreign',
    code: 'PD-002',
    body: 'port-authority',
    name: t('货物港务费（外贸散杂货）', '貨物港務費（外貿散雜貨）', 'Cargo port dues (foreign-trade bulk and general cargo)'),
    category: 'port-dues',
    service: t(
      '对经港口吞吐的外贸散货、杂货按重量征收。',
      '對經港口吞吐的外貿散貨、雜貨按重量徵收。',
      'Levied by weight on foreign-trade bulk and general cargo passing through the port.',
    ),
    standard: fixed(0.5),
    unit: 'ton',
    pricingType: 'government-set',
    legalBasis: LB_PORT_RULES,
    payment: PAY_PORT_DUES,
    ports: ['mawan', 'dachan-bay', 'chiwan'],
    effectiveFrom: '2019-04-01',
  }),
  fee({
    id: 'fee-port-dues-relief-2020',
    code: 'PD-003',
    body: 'port-authority',
    name: t(
      '货物港务费阶段性降低20%（2020年）',
      '貨物港務費階段性降低20%（2020年）',
      'Cargo port dues: temporary 20% reduction (2020)',
    ),
    category: 'port-dues',
    service: t(
      '2020年货物港务费按政府定价标准降低20%计收，降费期延长至2020年12月31日，期满后恢复原标准。',
      '2020年貨物港務費按政府定價標準降低20%計收，降費期延長至2020年12月31日，期滿後恢復原標準。',
      'In 2020 cargo port dues were charged at 80% of the government price; the reduction was extended to 31 December 2020 and then ended.',
    ),
    standard: formula(
      t('按政府定价标准的80%计收（已到期）。', '按政府定價標準的80%計收（已到期）。', '80% of the government price (expired).'),
    ),
    unit: 'ton',
    pricingType: 'government-set',
    legalBasis: LB_2020_RELIEF,
    payment: PAY_NOT_CHARGED,
    ports: SEA,
    effectiveFrom: '2021-01-01',
    status: 'abolished',
    source: SRC_2020_RELIEF,
  }),
];

const PORT_CONSTRUCTION: FeeItem[] = [
  fee({
    id: 'fee-port-construction',
    code: 'PC-001',
    body: 'shenzhen-msa',
    name: t('港口建设费', '港口建設費', 'Port construction fee'),
    category: 'port-construction',
    service: t(
      '原对经对外开放口岸港口装卸的货物征收的政府性基金。2020年对进出口货物免征，免征期延长至2020年12月31日；自2021年1月1日起取消。',
      '原對經對外開放口岸港口裝卸的貨物徵收的政府性基金。2020年對進出口貨物免徵，免徵期延長至2020年12月31日；自2021年1月1日起取消。',
      'A government fund formerly levied on cargo handled at open ports. Import and export cargo was exempted in 2020, extended to 31 December 2020; the fee was abolished from 1 January 2021.',
    ),
    standard: formula(t('已取消，不再征收。', '已取消，不再徵收。', 'Abolished; no longer levied.')),
    unit: 'ton',
    pricingType: 'government-set',
    legalBasis: LB_PORT_CONSTRUCTION,
    payment: PAY_NOT_CHARGED,
    ports: SEA,
    effectiveFrom: '2021-01-01',
    status: 'abolished',
    source: SRC_PORT_CONSTRUCTION,
  }),
];

function securitySubItem(id: string, code: string, body: OrganisationId, ports: PortId[]): FeeItem {
  return fee({
    id,
    code,
    body,
    name: t(
      '港口作业包干费——港口设施保安子项',
      '港口作業包乾費——港口設施保安子項',
      'Port operation package fee: port facility security sub-item',
    ),
    category: 'security',
    service: t(
      '港口设施保安服务（出入管控、监控与保安巡查）。原港口设施保安费的政府定价取消后，作为港口作业包干费的子项收取。',
      '港口設施保安服務（出入管控、監控與保安巡查）。原港口設施保安費的政府定價取消後，作為港口作業包乾費的子項收取。',
      'Port facility security services (access control, monitoring, patrols). Charged as a sub-item of the port operation package fee since the government price of the port facility security fee was abolished.',
    ),
    standard: formula(
      t(
        '不高于原港口设施保安费政府定价标准。',
        '不高於原港口設施保安費政府定價標準。',
        'No higher than the former government price of the port facility security fee.',
      ),
    ),
    unit: 'teu20',
    pricingType: 'market-regulated',
    legalBasis: LB_2022_NOTICE,
    payment: PAY_CARRIER,
    ports,
    effectiveFrom: '2022-04-01',
    source: SRC_2022_NOTICE,
  });
}

const SECURITY: FeeItem[] = [
  fee({
    id: 'fee-port-facility-security',
    code: 'SE-001',
    body: 'port-authority',
    name: t('港口设施保安费（政府定价）', '港口設施保安費（政府定價）', 'Port facility security fee (government price)'),
    category: 'security',
    service: t(
      '原为港口设施保安而收取的政府定价收费。2020年降低20%；自2022年4月1日起取消政府定价，并入港口作业包干费作为子项。',
      '原為港口設施保安而收取的政府定價收費。2020年降低20%；自2022年4月1日起取消政府定價，併入港口作業包乾費作為子項。',
      'A government-priced charge formerly levied for port facility security. Cut by 20% in 2020; from 1 April 2022 the government price was abolished and the charge folded into the port operation package fee as a sub-item.',
    ),
    standard: formula(
      t(
        '政府定价已取消，见“港口作业包干费——港口设施保安子项”。',
        '政府定價已取消，見「港口作業包乾費——港口設施保安子項」。',
        'Government price abolished; see "Port operation package fee: port facility security sub-item".',
      ),
    ),
    unit: 'teu20',
    pricingType: 'government-set',
    legalBasis: LB_2022_NOTICE,
    payment: PAY_NOT_CHARGED,
    ports: SEA,
    effectiveFrom: '2022-04-01',
    status: 'abolished',
    source: SRC_2022_NOTICE,
  }),
  securitySubItem('fee-security-subitem-yantian', 'SE-002', 'yict', ['yantian']),
  securitySubItem('fee-security-subitem-shekou', 'SE-003', 'sct', ['shekou']),
  securitySubItem('fee-security-subitem-chiwan', 'SE-004', 'cct', ['chiwan']),
];

function pilotage(id: string, code: string, ports: PortId[], area: LocalizedText): FeeItem {
  return fee({
    id,
    code,
    body: 'pilot-station',
    name: t(
      `引航（移泊）费（国际航线船舶，${area['zh-CN']}）`,
      `引航（移泊）費（國際航線船舶，${area['zh-HK']}）`,
      `Pilotage and shifting (international-route ships, ${area.en})`,
    ),
    category: 'pilotage',
    service: t(
      '引航员登船引领船舶进出港口、靠离码头或在港内移泊，保障航行安全。自2022年4月1日起深圳港基准费率降低15%。',
      '引航員登船引領船舶進出港口、靠離碼頭或在港內移泊，保障航行安全。自2022年4月1日起深圳港基準費率降低15%。',
      'A pilot boards and conducts the ship in and out of port, on and off the berth or between berths, for safe navigation. Shenzhen\'s base rate was cut by 15% from 1 April 2022.',
    ),
    standard: formula(
      t(
        '按《港口收费计费办法》规定基准费率的85%计收；引航距离10海里及以内、船舶超过120,000净吨的，每次41,650元。',
        '按《港口收費計費辦法》規定基準費率的85%計收；引航距離10海里及以內、船舶超過120,000淨噸的，每次41,650元。',
        '85% of the base rate in the Port Charging Rules; a trip of 10 nautical miles or less for a ship over 120,000 net tons is 41,650 yuan.',
      ),
      41650,
    ),
    unit: 'trip',
    pricingType: 'government-set',
    legalBasis: LB_2022_NOTICE,
    payment: PAY_SHIP,
    ports,
    effectiveFrom: '2022-04-01',
    source: SRC_2022_NOTICE,
  });
}

const PILOTAGE: FeeItem[] = [
  pilotage('fee-pilotage-yantian', 'PI-001', ['yantian'], t('盐田港区', '鹽田港區', 'Yantian')),
  pilotage('fee-pilotage-western', 'PI-002', WEST, t('西部港区', '西部港區', 'western port area')),
  fee({
    id: 'fee-pilotage-pre-2022',
    code: 'PI-003',
    body: 'pilot-station',
    name: t(
      '引航（移泊）费（2022年4月1日前标准）',
      '引航（移泊）費（2022年4月1日前標準）',
      'Pilotage and shifting (rate before 1 April 2022)',
    ),
    category: 'pilotage',
    service: t(
      '2022年4月1日前按《港口收费计费办法》基准费率全额计收的引航费标准，已由降低15%后的标准取代。',
      '2022年4月1日前按《港口收費計費辦法》基準費率全額計收的引航費標準，已由降低15%後的標準取代。',
      'The pilotage rate charged at 100% of the Port Charging Rules base rate before 1 April 2022, superseded by the rate cut by 15%.',
    ),
    standard: formula(
      t(
        '按基准费率的100%计收；10海里及以内、超过120,000净吨的船舶每次49,000元（由41,650元÷85%推算）。',
        '按基準費率的100%計收；10海里及以內、超過120,000淨噸的船舶每次49,000元（由41,650元÷85%推算）。',
        '100% of the base rate; 49,000 yuan for a trip of 10 nautical miles or less for a ship over 120,000 net tons (derived as 41,650 / 0.85).',
      ),
      49000,
    ),
    unit: 'trip',
    pricingType: 'government-set',
    legalBasis: LB_PORT_RULES,
    payment: PAY_NOT_CHARGED,
    ports: SEA,
    effectiveFrom: '2022-04-01',
    status: 'abolished',
    source: SRC_2022_PRE_CUT,
  }),
  fee({
    id: 'fee-pilotage-domestic',
    code: 'PI-004',
    body: 'pilot-station',
    name: t('引航费（国内航线船舶）', '引航費（國內航線船舶）', 'Pilotage (domestic-route ships)'),
    category: 'pilotage',
    service: t(
      '为航行国内航线的船舶提供进出港及靠离泊引航服务。',
      '為航行國內航線的船舶提供進出港及靠離泊引航服務。',
      'Pilotage in and out of port and on and off the berth for ships on domestic routes.',
    ),
    standard: formula(
      t('每净吨0.12元，每次最低500元。', '每淨噸0.12元，每次最低500元。', '0.12 yuan per net ton, at least 500 yuan per trip.'),
      0.12,
    ),
    unit: 'net-ton',
    pricingType: 'government-set',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: SEA,
    effectiveFrom: '2019-04-01',
  }),
];

const TUGBOAT: FeeItem[] = [
  fee({
    id: 'fee-tug-international-yantian',
    code: 'TG-001',
    body: 'tug-east',
    name: t('拖轮费（国际航线船舶）', '拖輪費（國際航線船舶）', 'Tug fee (international-route ships)'),
    category: 'tugboat',
    service: t(
      '拖轮协助国际航线船舶靠离泊、掉头，按船长与拖轮功率分档计费。',
      '拖輪協助國際航線船舶靠離泊、掉頭，按船長與拖輪功率分檔計費。',
      'Tugs assist international-route ships to berth, unberth and turn; charged by ship length and tug power band.',
    ),
    standard: formula(
      t(
        '政府指导价上限内协商：船长250至300米，每艘拖轮每次不超过8,000元。',
        '政府指導價上限內協商：船長250至300米，每艘拖輪每次不超過8,000元。',
        'Negotiated within the government ceiling: for ships 250 to 300 m long, at most 8,000 yuan per tug per job.',
      ),
      8000,
    ),
    unit: 'trip',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: ['yantian'],
    effectiveFrom: '2023-01-01',
  }),
  fee({
    id: 'fee-tug-international-western',
    code: 'TG-002',
    body: 'tug-west',
    name: t('拖轮费（国际航线船舶）', '拖輪費（國際航線船舶）', 'Tug fee (international-route ships)'),
    category: 'tugboat',
    service: t(
      '拖轮协助国际航线船舶在西部港区靠离泊，按船长与拖轮功率分档计费。',
      '拖輪協助國際航線船舶在西部港區靠離泊，按船長與拖輪功率分檔計費。',
      'Tugs assist international-route ships to berth and unberth in the western port area; charged by ship length and tug power band.',
    ),
    standard: formula(
      t(
        '政府指导价上限内协商：船长250至300米，每艘拖轮每次不超过7,600元。',
        '政府指導價上限內協商：船長250至300米，每艘拖輪每次不超過7,600元。',
        'Negotiated within the government ceiling: for ships 250 to 300 m long, at most 7,600 yuan per tug per job.',
      ),
      7600,
    ),
    unit: 'trip',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: WEST,
    effectiveFrom: '2023-01-01',
  }),
  fee({
    id: 'fee-tug-domestic',
    code: 'TG-003',
    body: 'tug-west',
    name: t('拖轮费（国内航线船舶）', '拖輪費（國內航線船舶）', 'Tug fee (domestic-route ships)'),
    category: 'tugboat',
    service: t(
      '拖轮协助国内航线船舶靠离泊。',
      '拖輪協助國內航線船舶靠離泊。',
      'Tugs assist domestic-route ships to berth and unberth.',
    ),
    standard: formula(
      t('按拖轮功率每千瓦每次1.2元计收。', '按拖輪功率每千瓦每次1.2元計收。', '1.2 yuan per kW of tug power per job.'),
      3600,
    ),
    unit: 'trip',
    pricingType: 'government-set',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: WEST,
    effectiveFrom: '2019-04-01',
  }),
  fee({
    id: 'fee-tug-standby',
    code: 'TG-004',
    body: 'tug-east',
    name: t('拖轮超时使用费', '拖輪超時使用費', 'Tug overtime'),
    category: 'tugboat',
    service: t(
      '因船方原因拖轮作业超过基本作业时间的，按超出时间计收。',
      '因船方原因拖輪作業超過基本作業時間的，按超出時間計收。',
      'Charged for tug time beyond the basic job time when the delay is caused by the ship.',
    ),
    standard: fixed(1500),
    unit: 'hour',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: ['yantian'],
    effectiveFrom: '2023-01-01',
  }),
];

const BERTHING: FeeItem[] = [
  fee({
    id: 'fee-berthing-yantian',
    code: 'BE-001',
    body: 'yict',
    name: t('停泊费', '停泊費', 'Berthing charge'),
    category: 'berthing',
    service: t(
      '船舶在码头泊位停泊超过规定作业时间，或因船方原因占用泊位的，按停泊时间计收。',
      '船舶在碼頭泊位停泊超過規定作業時間，或因船方原因佔用泊位的，按停泊時間計收。',
      'Charged for time alongside beyond the agreed working time, or when the ship occupies the berth for its own reasons.',
    ),
    standard: formula(
      t('每净吨每日0.15元。', '每淨噸每日0.15元。', '0.15 yuan per net ton per day.'),
      0.15,
    ),
    unit: 'net-ton',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: ['yantian'],
    effectiveFrom: '2019-04-01',
  }),
  fee({
    id: 'fee-berthing-chiwan',
    code: 'BE-002',
    body: 'cct',
    name: t('停泊费', '停泊費', 'Berthing charge'),
    category: 'berthing',
    service: t(
      '船舶在码头泊位停泊超过规定作业时间，或因船方原因占用泊位的，按停泊时间计收。',
      '船舶在碼頭泊位停泊超過規定作業時間，或因船方原因佔用泊位的，按停泊時間計收。',
      'Charged for time alongside beyond the agreed working time, or when the ship occupies the berth for its own reasons.',
    ),
    standard: formula(
      t('每净吨每日0.14元。', '每淨噸每日0.14元。', '0.14 yuan per net ton per day.'),
      0.14,
    ),
    unit: 'net-ton',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: ['chiwan'],
    effectiveFrom: '2019-04-01',
  }),
];

function thc(
  id: string,
  code: string,
  body: OrganisationId,
  port: PortId,
  size: 20 | 40,
  amount: number,
  effectiveFrom: string,
): FeeItem {
  return fee({
    id,
    code,
    body,
    name:
      size === 20
        ? t('码头作业费（THC，20英尺箱）', '碼頭作業費（THC，20呎貨櫃）', 'Terminal handling charge (THC, 20-ft)')
        : t('码头作业费（THC，40英尺箱）', '碼頭作業費（THC，40呎貨櫃）', 'Terminal handling charge (THC, 40-ft)'),
    category: 'terminal-handling',
    service: t(
      '港口作业包干费中的集装箱装卸船、水平运输及堆场作业，按进出口重箱计收。',
      '港口作業包乾費中的貨櫃裝卸船、水平運輸及堆場作業，按進出口重櫃計收。',
      'Loading and discharging, horizontal transport and yard handling of laden import and export containers, charged within the port operation package fee.',
    ),
    standard: fixed(amount),
    unit: size === 20 ? 'teu20' : 'feu40',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARRIER,
    ports: [port],
    effectiveFrom,
  });
}

const TERMINAL_HANDLING: FeeItem[] = [
  thc('fee-thc-yantian-20', 'TH-001', 'yict', 'yantian', 20, 820, '2025-01-01'),
  thc('fee-thc-yantian-40', 'TH-002', 'yict', 'yantian', 40, 1160, '2025-01-01'),
  thc('fee-thc-shekou-20', 'TH-003', 'sct', 'shekou', 20, 790, '2025-01-01'),
  thc('fee-thc-shekou-40', 'TH-004', 'sct', 'shekou', 40, 1120, '2025-01-01'),
  thc('fee-thc-chiwan-20', 'TH-005', 'cct', 'chiwan', 20, 780, '2025-01-01'),
  thc('fee-thc-chiwan-40', 'TH-006', 'cct', 'chiwan', 40, 1110, '2025-01-01'),
  thc('fee-thc-mawan-20', 'TH-007', 'mawan-terminal', 'mawan', 20, 770, '2025-03-01'),
  thc('fee-thc-dachan-bay-20', 'TH-008', 'dachan-terminal', 'dachan-bay', 20, 700, '2024-07-01'),
  fee({
    id: 'fee-thc-reefer-yantian-40',
    code: 'TH-009',
    body: 'yict',
    name: t('冷藏箱码头作业费（40英尺）', '冷藏貨櫃碼頭作業費（40呎）', 'Reefer terminal handling charge (40-ft)'),
    category: 'terminal-handling',
    service: t(
      '冷藏集装箱装卸船及堆场作业，含冷箱专用设备操作。',
      '冷藏貨櫃裝卸船及堆場作業，包括冷櫃專用設備操作。',
      'Loading, discharging and yard handling of reefer containers, including reefer-specific equipment.',
    ),
    standard: fixed(1680),
    unit: 'feu40',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARRIER,
    ports: ['yantian'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-dg-surcharge-yantian',
    code: 'TH-010',
    body: 'yict',
    name: t('危险品箱作业附加费', '危險品貨櫃作業附加費', 'Dangerous goods container surcharge'),
    category: 'terminal-handling',
    service: t(
      '装载危险货物的集装箱在装卸、堆存时须单独监管和隔离，按箱加收。',
      '裝載危險貨物的貨櫃在裝卸、堆存時須單獨監管和隔離，按櫃加收。',
      'Containers with dangerous goods need separate supervision and segregation during handling and storage; charged per container on top of THC.',
    ),
    standard: fixed(300),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARRIER,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-lift-shift-yantian',
    code: 'TH-011',
    body: 'yict',
    name: t('吊箱移位费', '吊櫃移位費', 'Container lifting and shifting'),
    category: 'terminal-handling',
    service: t(
      '应货方或其代理要求在堆场内吊装、翻倒或移位集装箱。',
      '應貨方或其代理要求在堆場內吊裝、翻倒或移位貨櫃。',
      'Lifting, re-handling or moving a container within the yard at the request of the cargo owner or its agent.',
    ),
    standard: fixed(180),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-lift-shift-shekou',
    code: 'TH-012',
    body: 'sct',
    name: t('吊箱移位费', '吊櫃移位費', 'Container lifting and shifting'),
    category: 'terminal-handling',
    service: t(
      '应货方或其代理要求在堆场内吊装、翻倒或移位集装箱。',
      '應貨方或其代理要求在堆場內吊裝、翻倒或移位貨櫃。',
      'Lifting, re-handling or moving a container within the yard at the request of the cargo owner or its agent.',
    ),
    standard: fixed(170),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['shekou'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-night-pickup-surcharge-shekou',
    code: 'TH-019',
    body: 'sct',
    name: t('夜间提箱附加费', '夜間提櫃附加費', 'Night pick-up surcharge'),
    category: 'terminal-handling',
    service: t(
      '拟对22时至次日6时提取的进口重箱另行加收。公示期内有异议，经市场监管部门认定该作业已包含在码头作业费中，已撤回。',
      '擬對22時至翌日6時提取的進口重櫃另行加收。公示期內有異議，經市場監管部門認定該作業已包含在碼頭作業費中，已撤回。',
      'Proposed extra charge for import laden containers picked up between 22:00 and 06:00. Withdrawn after an objection during the publicity: the regulator found the work already covered by the terminal handling charge.',
    ),
    standard: fixed(50),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_NOT_CHARGED,
    ports: ['shekou'],
    effectiveFrom: '2026-11-02',
    status: 'withdrawn',
  }),
  fee({
    id: 'fee-unstuffing-yantian-20',
    code: 'TH-013',
    body: 'yict',
    name: t('掏箱费（20英尺箱）', '拆櫃費（20呎貨櫃）', 'Unstuffing (20-ft container)'),
    category: 'terminal-handling',
    service: t(
      '在码头拆装箱场所将货物从集装箱中掏出并理货交付。',
      '在碼頭拆裝櫃場所將貨物從貨櫃中卸出並理貨交付。',
      'Unloading cargo from a container at the terminal\'s container freight station, with tally and delivery.',
    ),
    standard: fixed(450),
    unit: 'teu20',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-unstuffing-yantian-40',
    code: 'TH-014',
    body: 'yict',
    name: t('掏箱费（40英尺箱）', '拆櫃費（40呎貨櫃）', 'Unstuffing (40-ft container)'),
    category: 'terminal-handling',
    service: t(
      '在码头拆装箱场所将货物从集装箱中掏出并理货交付。',
      '在碼頭拆裝櫃場所將貨物從貨櫃中卸出並理貨交付。',
      'Unloading cargo from a container at the terminal\'s container freight station, with tally and delivery.',
    ),
    standard: fixed(650),
    unit: 'feu40',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-in-yard-transfer-mawan',
    code: 'TH-015',
    body: 'mawan-terminal',
    name: t('场内转运费', '場內轉運費', 'In-yard transfer'),
    category: 'terminal-handling',
    service: t(
      '将集装箱在码头堆场不同区域之间转运（如转至拆装箱区或监管区）。',
      '將貨櫃在碼頭堆場不同區域之間轉運（如轉至拆裝櫃區或監管區）。',
      'Moving a container between areas of the terminal yard (for example to the freight station or a supervised area).',
    ),
    standard: fixed(120),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['mawan'],
    effectiveFrom: '2025-03-01',
  }),
  fee({
    id: 'fee-gate-appointment-yantian',
    code: 'TH-016',
    body: 'yict',
    name: t('预约提箱服务费', '預約提櫃服務費', 'Pick-up appointment service fee'),
    category: 'terminal-handling',
    service: t(
      '拟新设收费项目：为拖车预约指定时段（00–06、06–12、12–18、18–24）提箱提供优先保障服务。',
      '擬新設收費項目：為拖車預約指定時段（00–06、06–12、12–18、18–24）提櫃提供優先保障服務。',
      'Proposed new charge: guaranteed priority for trucks picking up containers in a booked slot (00–06, 06–12, 12–18, 18–24).',
    ),
    standard: fixed(15),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_PUBLICISED,
    ports: ['yantian'],
    effectiveFrom: '2027-01-01',
    status: 'publicised',
  }),
  fee({
    id: 'fee-rail-transshipment-pingshan',
    code: 'TH-017',
    body: 'pingshan-rail-yard',
    name: t('海铁联运换装作业费', '海鐵聯運換裝作業費', 'Sea-rail intermodal transfer'),
    category: 'terminal-handling',
    service: t(
      '拟新设收费项目：集装箱在铁路场站与港口班列之间的吊装换装作业。',
      '擬新設收費項目：貨櫃在鐵路場站與港口班列之間的吊裝換裝作業。',
      'Proposed new charge: lifting containers between the rail yard and port shuttle trains.',
    ),
    standard: formula(
      t('20英尺箱每箱160元，40英尺箱每箱240元。', '20呎貨櫃每櫃160元，40呎貨櫃每櫃240元。', '160 yuan per 20-ft, 240 yuan per 40-ft container.'),
      160,
    ),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_PUBLICISED,
    ports: ['pingshan-rail'],
    effectiveFrom: '2027-01-15',
    status: 'publicised',
  }),
  fee({
    id: 'fee-yard-service-shenzhen-bay',
    code: 'TH-018',
    body: 'shenzhen-bay-yard',
    name: t('监管场站服务费', '監管場站服務費', 'Inspection yard service fee'),
    category: 'terminal-handling',
    service: t(
      '跨境货车在口岸货运监管场站停靠、等候查验放行期间的场地及管理服务。',
      '跨境貨車在口岸貨運監管場站停靠、等候查驗放行期間的場地及管理服務。',
      'Use of the port\'s freight inspection yard and its management while a cross-border truck waits for inspection and release.',
    ),
    standard: fixed(80),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AFTER_SERVICE,
    ports: ['shenzhen-bay'],
    effectiveFrom: '2024-01-01',
  }),
];

function importStorage(
  id: string,
  code: string,
  body: OrganisationId,
  port: PortId,
  freeDays: number,
  first: number,
  later: number,
  effectiveFrom: string,
): FeeItem {
  return fee({
    id,
    code,
    body,
    name: t('进口重箱堆存费', '進口重櫃堆存費', 'Storage of import laden containers'),
    category: 'storage',
    service: t(
      '进口重箱卸船后在码头堆场存放，超过免费堆存期的按日计收。',
      '進口重櫃卸船後在碼頭堆場存放，超過免費堆存期的按日計收。',
      'Import laden containers kept in the terminal yard after discharge; charged per day beyond the free period.',
    ),
    standard: formula(
      t(
        `免费堆存${freeDays}天；其后7天每20英尺箱每天${first}元，再往后每天${later}元；40英尺箱加倍。`,
        `免費堆存${freeDays}天；其後7天每20呎貨櫃每天${first}元，再往後每天${later}元；40呎貨櫃加倍。`,
        `${freeDays} free days; then ${first} yuan per 20-ft container per day for 7 days and ${later} yuan per day after that; double for 40-ft.`,
      ),
      first,
    ),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: [port],
    effectiveFrom,
  });
}

const STORAGE: FeeItem[] = [
  importStorage('fee-storage-import-yantian', 'ST-001', 'yict', 'yantian', 4, 20, 40, '2025-01-01'),
  importStorage('fee-storage-import-shekou', 'ST-002', 'sct', 'shekou', 4, 18, 36, '2025-01-01'),
  importStorage('fee-storage-import-mawan', 'ST-003', 'mawan-terminal', 'mawan', 5, 16, 32, '2025-03-01'),
  importStorage('fee-storage-import-dachan-bay', 'ST-004', 'dachan-terminal', 'dachan-bay', 5, 12, 25, '2024-07-01'),
  fee({
    id: 'fee-storage-export-yantian',
    code: 'ST-005',
    body: 'yict',
    name: t('出口重箱提前进港堆存费', '出口重櫃提前進港堆存費', 'Early gate-in storage of export laden containers'),
    category: 'storage',
    service: t(
      '出口重箱自船舶靠泊前7天起可进港，期内免费；更早进港的按日计收。',
      '出口重櫃自船舶靠泊前7天起可進港，期內免費；更早進港的按日計收。',
      'Export laden containers may gate in from 7 days before the ship berths, free of charge; earlier arrivals are charged per day.',
    ),
    standard: formula(
      t('靠泊前7天内免费；提前进港的每20英尺箱每天15元。', '靠泊前7天內免費；提前進港的每20呎貨櫃每天15元。', 'Free within 7 days before berthing; 15 yuan per 20-ft container per day for earlier arrival.'),
      15,
    ),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['yantian'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-storage-empty-yantian',
    code: 'ST-006',
    body: 'yict',
    name: t('空箱堆存费', '空櫃堆存費', 'Empty container storage'),
    category: 'storage',
    service: t(
      '船公司空箱在码头堆场存放，超过免费期的按日计收。',
      '船公司空櫃在碼頭堆場存放，超過免費期的按日計收。',
      'Shipping lines\' empty containers kept in the terminal yard; charged per day beyond the free period.',
    ),
    standard: fixed(5),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARRIER,
    ports: ['yantian'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-storage-dg-yantian',
    code: 'ST-007',
    body: 'yict',
    name: t('危险品箱堆存费', '危險品貨櫃堆存費', 'Dangerous goods container storage'),
    category: 'storage',
    service: t(
      '危险货物集装箱在专用隔离堆场存放，不设免费期。',
      '危險貨物貨櫃在專用隔離堆場存放，不設免費期。',
      'Dangerous goods containers kept in the segregated yard; no free period.',
    ),
    standard: fixed(60),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-storage-air-import',
    code: 'ST-008',
    body: 'baoan-cargo',
    name: t('国际进口货物仓储费', '國際進口貨物倉儲費', 'Storage of international import air cargo'),
    category: 'storage',
    service: t(
      '国际进口航空货物在货站监管仓库存放，超过免费时限的按重量和天数计收。',
      '國際進口航空貨物在貨站監管倉庫存放，超過免費時限的按重量和天數計收。',
      'International import air cargo kept in the cargo terminal\'s bonded warehouse; charged by weight and day beyond the free time.',
    ),
    standard: formula(
      t('免费存放48小时；其后每吨每天200元，每票最低50元。', '免費存放48小時；其後每噸每天200元，每票最低50元。', '48 free hours; then 200 yuan per ton per day, at least 50 yuan per consignment.'),
      200,
    ),
    unit: 'ton',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AIR_CARGO,
    ports: ['baoan-airport'],
    effectiveFrom: '2024-04-01',
  }),
];

function reeferPlugIn(id: string, code: string, body: OrganisationId, port: PortId, amount: number): FeeItem {
  return fee({
    id,
    code,
    body,
    name: t('冷藏箱插电及监控费', '冷藏貨櫃插電及監控費', 'Reefer plug-in and monitoring'),
    category: 'equipment',
    service: t(
      '为冷藏集装箱在码头堆场期间供电并监控箱内温度。',
      '為冷藏貨櫃在碼頭堆場期間供電並監控櫃內溫度。',
      'Power supply and temperature monitoring for reefer containers while in the terminal yard.',
    ),
    standard: fixed(amount),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_CARGO,
    ports: [port],
    effectiveFrom: '2025-01-01',
  });
}

const EQUIPMENT: FeeItem[] = [
  reeferPlugIn('fee-reefer-plugin-yantian', 'EQ-001', 'yict', 'yantian', 200),
  reeferPlugIn('fee-reefer-plugin-shekou', 'EQ-002', 'sct', 'shekou', 190),
  fee({
    id: 'fee-reefer-pti-shekou',
    code: 'EQ-003',
    body: 'sct',
    name: t('冷藏箱预检费（PTI）', '冷藏貨櫃預檢費（PTI）', 'Reefer pre-trip inspection (PTI)'),
    category: 'equipment',
    service: t(
      '冷藏集装箱装货前检测制冷机组运行状况。',
      '冷藏貨櫃裝貨前檢測製冷機組運行狀況。',
      'Checking a reefer container\'s refrigeration unit before it is stuffed.',
    ),
    standard: fixed(250),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_AFTER_SERVICE,
    ports: ['shekou'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-crane-hire-mawan',
    code: 'EQ-004',
    body: 'mawan-terminal',
    name: t('流动机械租用费', '流動機械租用費', 'Mobile crane hire'),
    category: 'equipment',
    service: t(
      '应客户要求提供流动起重机械进行超限箱或大件货物作业。',
      '應客戶要求提供流動起重機械進行超限貨櫃或大件貨物作業。',
      'Mobile cranes provided on request for out-of-gauge containers or heavy-lift cargo.',
    ),
    standard: fixed(600),
    unit: 'hour',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_AFTER_SERVICE,
    ports: ['mawan'],
    effectiveFrom: '2025-03-01',
  }),
  fee({
    id: 'fee-weighbridge-huanggang',
    code: 'EQ-005',
    body: 'huanggang-yard',
    name: t('跨境货车过磅服务费', '跨境貨車過磅服務費', 'Cross-border truck weighbridge'),
    category: 'equipment',
    service: t(
      '跨境货车进出监管场站时电子地磅称重并传输数据。',
      '跨境貨車進出監管場站時電子地磅稱重並傳輸數據。',
      'Electronic weighbridge weighing and data transmission for cross-border trucks entering or leaving the inspection yard.',
    ),
    standard: fixed(20),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AFTER_SERVICE,
    ports: ['huanggang'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-oil-boom-western',
    code: 'EQ-006',
    body: 'tug-west',
    name: t('围油栏使用费', '圍油欄使用費', 'Oil boom deployment'),
    category: 'equipment',
    service: t(
      '油品或危险货物船舶作业时布设围油栏，防止污染扩散。',
      '油品或危險貨物船舶作業時佈設圍油欄，防止污染擴散。',
      'Deploying an oil boom around ships handling oil or dangerous goods, to contain pollution.',
    ),
    standard: fixed(3000),
    unit: 'ship',
    pricingType: 'government-guided',
    legalBasis: LB_PORT_RULES,
    payment: PAY_SHIP,
    ports: ['mawan', 'dachan-bay'],
    effectiveFrom: '2019-04-01',
  }),
];

const AGENCY: FeeItem[] = [
  fee({
    id: 'fee-ship-agency',
    code: 'AG-001',
    body: 'penavico-sz',
    name: t('船舶代理费', '船舶代理費', 'Ship agency fee'),
    category: 'agency',
    service: t(
      '代理船方办理船舶进出港手续，安排靠泊、供应等港口服务。',
      '代理船方辦理船舶進出港手續，安排靠泊、供應等港口服務。',
      'Handling port entry and clearance formalities for the shipowner and arranging berthing, supplies and other port services.',
    ),
    standard: formula(
      t(
        '按船舶净吨分档：1万净吨以下每艘次3,000元，1万至5万净吨6,000元，5万净吨以上9,000元。',
        '按船舶淨噸分檔：1萬淨噸以下每艘次3,000元，1萬至5萬淨噸6,000元，5萬淨噸以上9,000元。',
        'By net tonnage: below 10,000 NT 3,000 yuan per call; 10,000 to 50,000 NT 6,000 yuan; above 50,000 NT 9,000 yuan.',
      ),
      6000,
    ),
    unit: 'ship',
    pricingType: 'market-regulated',
    legalBasis: LB_SHIPPING,
    payment: PAY_SHIP,
    ports: SEA,
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-booking-agency',
    code: 'AG-002',
    body: 'forwarder-demo',
    name: t('订舱代理费', '訂艙代理費', 'Booking agency fee'),
    category: 'agency',
    service: t(
      '代货方向船公司订舱、确认舱位并跟踪放舱。',
      '代貨方向船公司訂艙、確認艙位並跟蹤放艙。',
      'Booking space with a shipping line for the shipper, confirming and tracking the booking.',
    ),
    standard: fixed(100),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-air-freight-agency',
    code: 'AG-003',
    body: 'forwarder-demo',
    name: t('航空货运代理费', '航空貨運代理費', 'Air freight agency fee'),
    category: 'agency',
    service: t(
      '代货方向航空公司订舱、交货及办理货站手续。',
      '代貨方向航空公司訂艙、交貨及辦理貨站手續。',
      'Booking with the airline, delivering the cargo and handling cargo-terminal formalities for the shipper.',
    ),
    standard: fixed(150),
    unit: 'consignment',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: ['baoan-airport'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-cross-border-trucking-agency',
    code: 'AG-004',
    body: 'forwarder-demo',
    name: t('跨境陆路运输代理费', '跨境陸路運輸代理費', 'Cross-border road transport agency fee'),
    category: 'agency',
    service: t(
      '安排深港跨境货车、办理车辆与司机备案及过境手续。',
      '安排深港跨境貨車、辦理車輛與司機備案及過境手續。',
      'Arranging Shenzhen–Hong Kong cross-border trucks and the vehicle, driver and border formalities.',
    ),
    standard: fixed(300),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: ROAD,
    effectiveFrom: '2025-01-01',
  }),
];

const CUSTOMS_BROKER: FeeItem[] = [
  fee({
    id: 'fee-broker-export-sea',
    code: 'CB-001',
    body: 'broker-demo',
    name: t('出口报关代理费（海运）', '出口報關代理費（海運）', 'Export customs declaration (sea)'),
    category: 'customs-broker',
    service: t(
      '代理录入并向海关申报出口报关单，跟踪审结与放行。',
      '代理錄入並向海關申報出口報關單，跟蹤審結與放行。',
      'Preparing and lodging the export declaration with customs and following it through to release.',
    ),
    standard: fixed(200),
    unit: 'declaration',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_BROKER,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-broker-import-sea',
    code: 'CB-002',
    body: 'broker-demo',
    name: t('进口报关代理费（海运）', '進口報關代理費（海運）', 'Import customs declaration (sea)'),
    category: 'customs-broker',
    service: t(
      '代理录入并向海关申报进口报关单，协助缴纳税费并跟踪放行。',
      '代理錄入並向海關申報進口報關單，協助繳納稅費並跟蹤放行。',
      'Preparing and lodging the import declaration, helping pay duties and taxes and following it through to release.',
    ),
    standard: fixed(300),
    unit: 'declaration',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_BROKER,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-forwarder-customs-clearance',
    code: 'CB-003',
    body: 'forwarder-listing',
    name: t('报关服务费（货代本地费用）', '報關服務費（貨代本地費用）', 'Customs clearance (forwarder local charge)'),
    category: 'customs-broker',
    service: t(
      '货运代理为出口货物办理报关手续收取的本地费用。',
      '貨運代理為出口貨物辦理報關手續收取的本地費用。',
      'A forwarder\'s local charge for arranging customs clearance of an export consignment.',
    ),
    standard: fixed(250),
    unit: 'consignment',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: SEA,
    effectiveFrom: '2024-01-01',
    source: SRC_FORWARDER_LISTING,
  }),
  fee({
    id: 'fee-broker-road',
    code: 'CB-004',
    body: 'broker-demo',
    name: t('陆路口岸报关代理费', '陸路口岸報關代理費', 'Customs declaration at land ports'),
    category: 'customs-broker',
    service: t(
      '代理办理跨境货车所载货物的报关，含载货清单核对。',
      '代理辦理跨境貨車所載貨物的報關，包括載貨清單核對。',
      'Customs declaration of goods carried by cross-border trucks, including checking the cargo manifest.',
    ),
    standard: fixed(150),
    unit: 'declaration',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_BROKER,
    ports: ROAD,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-broker-air',
    code: 'CB-005',
    body: 'broker-demo',
    name: t('空运报关代理费', '空運報關代理費', 'Customs declaration (air)'),
    category: 'customs-broker',
    service: t(
      '代理办理航空进出口货物报关手续。',
      '代理辦理航空進出口貨物報關手續。',
      'Customs declaration of air import and export cargo.',
    ),
    standard: fixed(180),
    unit: 'declaration',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_BROKER,
    ports: ['baoan-airport'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-broker-two-step',
    code: 'CB-006',
    body: 'broker-demo',
    name: t('“两步申报”代理服务费', '「兩步申報」代理服務費', '"Two-step declaration" agency service'),
    category: 'customs-broker',
    service: t(
      '拟新设收费项目：代理以“两步申报”方式先概要申报提货、再完整申报。',
      '擬新設收費項目：代理以「兩步申報」方式先概要申報提貨、再完整申報。',
      'Proposed new charge: lodging a summary declaration to release the goods first and the full declaration afterwards ("two-step declaration").',
    ),
    standard: fixed(260),
    unit: 'declaration',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_PUBLICISED,
    ports: SEA,
    effectiveFrom: '2027-01-01',
    status: 'publicised',
  }),
];

const QUARANTINE: FeeItem[] = [
  fee({
    id: 'fee-fumigation-20',
    code: 'QT-001',
    body: 'quarantine-services',
    name: t('熏蒸处理费（20英尺箱）', '熏蒸處理費（20呎貨櫃）', 'Fumigation (20-ft container)'),
    category: 'quarantine-treatment',
    service: t(
      '对须检疫处理的货物或木质包装以溴甲烷等药剂进行熏蒸，并出具处理结果。',
      '對須檢疫處理的貨物或木質包裝以溴甲烷等藥劑進行熏蒸，並出具處理結果。',
      'Fumigating cargo or wood packaging that requires quarantine treatment (e.g. with methyl bromide) and issuing the treatment record.',
    ),
    standard: fixed(450),
    unit: 'teu20',
    pricingType: 'market-regulated',
    legalBasis: LB_PLANT_QUARANTINE,
    payment: PAY_AFTER_SERVICE,
    ports: SEA,
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-fumigation-40',
    code: 'QT-002',
    body: 'quarantine-services',
    name: t('熏蒸处理费（40英尺箱）', '熏蒸處理費（40呎貨櫃）', 'Fumigation (40-ft container)'),
    category: 'quarantine-treatment',
    service: t(
      '对须检疫处理的货物或木质包装以溴甲烷等药剂进行熏蒸，并出具处理结果。',
      '對須檢疫處理的貨物或木質包裝以溴甲烷等藥劑進行熏蒸，並出具處理結果。',
      'Fumigating cargo or wood packaging that requires quarantine treatment (e.g. with methyl bromide) and issuing the treatment record.',
    ),
    standard: fixed(650),
    unit: 'feu40',
    pricingType: 'market-regulated',
    legalBasis: LB_PLANT_QUARANTINE,
    payment: PAY_AFTER_SERVICE,
    ports: SEA,
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-container-disinfection',
    code: 'QT-003',
    body: 'quarantine-services',
    name: t('集装箱消毒处理费', '貨櫃消毒處理費', 'Container disinfection'),
    category: 'quarantine-treatment',
    service: t(
      '对须卫生处理的集装箱进行喷洒消毒。',
      '對須衞生處理的貨櫃進行噴灑消毒。',
      'Spray disinfection of containers that require sanitary treatment.',
    ),
    standard: fixed(120),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_HEALTH_QUARANTINE,
    payment: PAY_AFTER_SERVICE,
    ports: [...SEA, ...ROAD],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-wood-heat-treatment',
    code: 'QT-004',
    body: 'quarantine-services',
    name: t('木质包装热处理费', '木質包裝熱處理費', 'Heat treatment of wood packaging'),
    category: 'quarantine-treatment',
    service: t(
      '对不合格木质包装进行热处理并加施标识。',
      '對不合格木質包裝進行熱處理並加施標識。',
      'Heat-treating and marking non-compliant wood packaging.',
    ),
    standard: formula(
      t('每立方米180元，每批最低300元。', '每立方米180元，每批最低300元。', '180 yuan per cubic metre, at least 300 yuan per consignment.'),
      300,
    ),
    unit: 'consignment',
    pricingType: 'market-regulated',
    legalBasis: LB_PLANT_QUARANTINE,
    payment: PAY_AFTER_SERVICE,
    ports: [...SEA, 'baoan-airport'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-ship-sanitation',
    code: 'QT-005',
    body: 'quarantine-services',
    name: t('船舶卫生处理费', '船舶衞生處理費', 'Ship sanitation treatment'),
    category: 'quarantine-treatment',
    service: t(
      '对入境船舶实施除鼠、除虫或消毒等卫生处理。',
      '對入境船舶實施除鼠、除蟲或消毒等衞生處理。',
      'Deratting, disinsection or disinfection of arriving ships.',
    ),
    standard: fixed(2500),
    unit: 'ship',
    pricingType: 'market-regulated',
    legalBasis: LB_HEALTH_QUARANTINE,
    payment: PAY_SHIP,
    ports: SEA,
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-cold-chain-disinfection',
    code: 'QT-006',
    body: 'quarantine-services',
    name: t('进口冷链集装箱预防性消毒费', '進口冷鏈貨櫃預防性消毒費', 'Preventive disinfection of imported cold-chain containers'),
    category: 'quarantine-treatment',
    service: t(
      '对进口冷链食品集装箱外表面实施预防性消毒；现暂停实施。',
      '對進口冷鏈食品貨櫃外表面實施預防性消毒；現暫停實施。',
      'Preventive disinfection of the outside of imported cold-chain food containers; currently suspended.',
    ),
    standard: fixed(80),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_HEALTH_QUARANTINE,
    payment: PAY_NOT_CHARGED,
    ports: ['yantian', 'shekou'],
    effectiveFrom: '2023-01-08',
    status: 'suspended',
  }),
];

const INSPECTION: FeeItem[] = [
  fee({
    id: 'fee-inspection-lift-yantian',
    code: 'IN-001',
    body: 'yict',
    name: t('查验吊箱移位费', '查驗吊櫃移位費', 'Lifting and moving for customs inspection'),
    category: 'inspection',
    service: t(
      '海关布控查验时将集装箱从堆场吊运至查验平台并返回。',
      '海關佈控查驗時將貨櫃從堆場吊運至查驗平台並返回。',
      'Moving a container selected for customs inspection from the yard to the inspection platform and back.',
    ),
    standard: fixed(200),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_INSPECTION,
    payment: PAY_INSPECTION,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-inspection-unstuffing-yantian',
    code: 'IN-002',
    body: 'yict',
    name: t('查验掏箱及装箱费', '查驗拆櫃及裝櫃費', 'Unstuffing and restuffing for customs inspection'),
    category: 'inspection',
    service: t(
      '海关开箱查验时配合掏出货物并在查验后重新装箱。',
      '海關開櫃查驗時配合卸出貨物並在查驗後重新裝櫃。',
      'Unloading the cargo for a customs examination and restuffing the container afterwards.',
    ),
    standard: formula(
      t('20英尺箱每箱500元，40英尺箱每箱750元。', '20呎貨櫃每櫃500元，40呎貨櫃每櫃750元。', '500 yuan per 20-ft, 750 yuan per 40-ft container.'),
      500,
    ),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_INSPECTION,
    payment: PAY_INSPECTION,
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-inspection-move-shekou',
    code: 'IN-003',
    body: 'sct',
    name: t('查验移箱费', '查驗移櫃費', 'Moving to the inspection area'),
    category: 'inspection',
    service: t(
      '将布控查验的集装箱转运至海关查验区并返回堆场。',
      '將佈控查驗的貨櫃轉運至海關查驗區並返回堆場。',
      'Transferring a container selected for inspection to the customs inspection area and back to the yard.',
    ),
    standard: fixed(180),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_INSPECTION,
    payment: PAY_INSPECTION,
    ports: ['shekou'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-inspection-storage-yantian',
    code: 'IN-004',
    body: 'yict',
    name: t('查验期间堆存费', '查驗期間堆存費', 'Storage during customs inspection'),
    category: 'inspection',
    service: t(
      '集装箱因海关查验在港滞留期间的堆存费；查验没有问题的不向企业收取，现暂停收取。',
      '貨櫃因海關查驗在港滯留期間的堆存費；查驗沒有問題的不向企業收取，現暫停收取。',
      'Storage while a container is held for customs inspection; not charged to the company when nothing is found, and currently suspended.',
    ),
    standard: fixed(20),
    unit: 'container-day',
    pricingType: 'market-regulated',
    legalBasis: LB_INSPECTION,
    payment: PAY_NOT_CHARGED,
    ports: ['yantian'],
    effectiveFrom: '2024-07-01',
    status: 'suspended',
  }),
  fee({
    id: 'fee-inspection-platform-huanggang',
    code: 'IN-005',
    body: 'huanggang-yard',
    name: t('查验平台装卸费', '查驗平台裝卸費', 'Inspection platform handling'),
    category: 'inspection',
    service: t(
      '跨境货车被布控查验时在查验平台装卸货物。',
      '跨境貨車被佈控查驗時在查驗平台裝卸貨物。',
      'Unloading and reloading a cross-border truck\'s cargo at the inspection platform when it is selected for inspection.',
    ),
    standard: fixed(200),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_INSPECTION,
    payment: PAY_INSPECTION,
    ports: ['huanggang'],
    effectiveFrom: '2024-01-01',
  }),
  fee({
    id: 'fee-night-surcharge-wenjindu',
    code: 'IN-006',
    body: 'wenjindu-yard',
    name: t('夜班查验作业附加费', '夜班查驗作業附加費', 'Night-shift inspection surcharge'),
    category: 'inspection',
    service: t(
      '原对夜间查验作业另行加收的附加费，属在已有收费之外重复收费，已清理取消。',
      '原對夜間查驗作業另行加收的附加費，屬在已有收費之外重複收費，已清理取消。',
      'A former extra charge for inspection work at night, on top of the existing charges; removed as double charging.',
    ),
    standard: fixed(100),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_NOT_CHARGED,
    ports: ['wenjindu'],
    effectiveFrom: '2023-06-01',
    status: 'abolished',
  }),
];

const DOCUMENTATION: FeeItem[] = [
  fee({
    id: 'fee-forwarder-documentation',
    code: 'DO-001',
    body: 'forwarder-listing',
    name: t('文件费（货代本地费用）', '文件費（貨代本地費用）', 'Documentation (forwarder local charge)'),
    category: 'documentation',
    service: t(
      '货运代理制作和处理提单等运输单证收取的本地费用。',
      '貨運代理製作和處理提單等運輸單證收取的本地費用。',
      'A forwarder\'s local charge for preparing and handling the bill of lading and other transport documents.',
    ),
    standard: fixed(125),
    unit: 'bill-of-lading',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: SEA,
    effectiveFrom: '2024-01-01',
    source: SRC_FORWARDER_LISTING,
  }),
  fee({
    id: 'fee-delivery-order',
    code: 'DO-002',
    body: 'penavico-sz',
    name: t('换单费', '換單費', 'Delivery order (D/O) fee'),
    category: 'documentation',
    service: t(
      '收货人凭正本提单或电放确认换取提货单。',
      '收貨人憑正本提單或電放確認換取提貨單。',
      'Issuing the delivery order to the consignee against the original bill of lading or telex release.',
    ),
    standard: fixed(300),
    unit: 'bill-of-lading',
    pricingType: 'market-regulated',
    legalBasis: LB_SHIPPING,
    payment: PAY_CARGO,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-telex-release',
    code: 'DO-003',
    body: 'forwarder-demo',
    name: t('电放费', '電放費', 'Telex release'),
    category: 'documentation',
    service: t(
      '应托运人要求不签发正本提单，以电子方式通知目的港放货。',
      '應託運人要求不簽發正本提單，以電子方式通知目的港放貨。',
      'Releasing cargo at destination by electronic message instead of an original bill of lading, at the shipper\'s request.',
    ),
    standard: fixed(250),
    unit: 'bill-of-lading',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-manifest-transmission',
    code: 'DO-004',
    body: 'penavico-sz',
    name: t('舱单录入传输费', '艙單錄入傳輸費', 'Manifest entry and transmission'),
    category: 'documentation',
    service: t(
      '代理录入原始舱单和预配舱单数据并经“单一窗口”向海关传输。',
      '代理錄入原始艙單和預配艙單數據並經「單一窗口」向海關傳輸。',
      'Entering original and pre-loading manifest data and transmitting it to customs through the single window.',
    ),
    standard: fixed(50),
    unit: 'bill-of-lading',
    pricingType: 'market-regulated',
    legalBasis: LB_SHIPPING,
    payment: PAY_AGENT,
    ports: SEA,
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-eir-printing-yantian',
    code: 'DO-005',
    body: 'yict',
    name: t('设备交接单打单费', '設備交接單打單費', 'Equipment interchange receipt (EIR) printing'),
    category: 'documentation',
    service: t(
      '原打印纸质集装箱设备交接单的费用；设备交接单电子化后取消。',
      '原列印紙質貨櫃設備交接單的費用；設備交接單電子化後取消。',
      'A former charge for printing paper equipment interchange receipts; abolished when EIRs went electronic.',
    ),
    standard: fixed(30),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: LB_PORT_RULES_MARKET,
    payment: PAY_NOT_CHARGED,
    ports: ['yantian'],
    effectiveFrom: '2023-01-01',
    status: 'abolished',
  }),
  fee({
    id: 'fee-air-waybill',
    code: 'DO-006',
    body: 'forwarder-demo',
    name: t('航空货运单制单费', '航空貨運單製單費', 'Air waybill preparation'),
    category: 'documentation',
    service: t(
      '制作并向航空公司提交航空货运单。',
      '製作並向航空公司提交航空貨運單。',
      'Preparing the air waybill and submitting it to the airline.',
    ),
    standard: fixed(50),
    unit: 'consignment',
    pricingType: 'market-regulated',
    legalBasis: LB_PRICE_MARKING,
    payment: PAY_AGENT,
    ports: ['baoan-airport'],
    effectiveFrom: '2025-01-01',
  }),
  fee({
    id: 'fee-road-manifest',
    code: 'DO-007',
    body: 'broker-demo',
    name: t('公路舱单录入费', '公路艙單錄入費', 'Road manifest entry'),
    category: 'documentation',
    service: t(
      '为跨境货车录入并申报公路舱单（载货清单）。',
      '為跨境貨車錄入並申報公路艙單（載貨清單）。',
      'Entering and lodging the road manifest (cargo list) for a cross-border truck.',
    ),
    standard: fixed(60),
    unit: 'trip',
    pricingType: 'market-regulated',
    legalBasis: LB_CUSTOMS_BROKER,
    payment: PAY_BROKER,
    ports: ROAD,
    effectiveFrom: '2025-01-01',
  }),
];

// ---------------------------------------------------------------------------------------------
// For whom and when each charge arises (the estimator), where the category's default is not right.

const APPLIES_TO: Record<string, FeeApplicability> = {
  'fee-pilotage-domestic': { condition: 'on-request' },
  'fee-tug-domestic': { condition: 'on-request' },
  'fee-thc-reefer-yantian-40': { condition: 'reefer' },
  'fee-dg-surcharge-yantian': { condition: 'dangerous-goods' },
  'fee-lift-shift-yantian': { condition: 'on-request' },
  'fee-lift-shift-shekou': { condition: 'on-request' },
  'fee-unstuffing-yantian-20': { condition: 'on-request' },
  'fee-unstuffing-yantian-40': { condition: 'on-request' },
  'fee-in-yard-transfer-mawan': { condition: 'on-request' },
  'fee-storage-import-yantian': { directions: ['import'] },
  'fee-storage-import-shekou': { directions: ['import'] },
  'fee-storage-import-mawan': { directions: ['import'] },
  'fee-storage-import-dachan-bay': { directions: ['import'] },
  'fee-storage-export-yantian': { directions: ['export'] },
  'fee-storage-empty-yantian': { condition: 'on-request' },
  'fee-storage-dg-yantian': { condition: 'dangerous-goods' },
  'fee-storage-air-import': { directions: ['import'] },
  'fee-booking-agency': { directions: ['export'] },
  'fee-broker-export-sea': { directions: ['export'] },
  'fee-broker-import-sea': { directions: ['import'] },
  'fee-forwarder-customs-clearance': { condition: 'on-request' },
  'fee-broker-two-step': { directions: ['import'], condition: 'on-request' },
  'fee-wood-heat-treatment': { directions: ['export'], condition: 'quarantine' },
  'fee-delivery-order': { directions: ['import'] },
  'fee-telex-release': { directions: ['import'], condition: 'on-request' },
  'fee-manifest-transmission': { directions: ['export'] },
  'fee-air-waybill': { directions: ['export'] },
  'fee-reefer-plugin-yantian': { condition: 'reefer' },
  'fee-reefer-plugin-shekou': { condition: 'reefer' },
  'fee-reefer-pti-shekou': { condition: 'reefer' },
  'fee-weighbridge-huanggang': { condition: 'always' },
};

// Publicity periods of the publicised items and changes (demo dates around the catalogue date):
// objections may be lodged until `endsOn`, and charging may start only after it.
const PUBLICITY: Record<string, Publicity> = {
  'fee-gate-appointment-yantian': { startsOn: '2026-11-20', endsOn: '2026-12-03', workingDays: 10 },
  'fee-rail-transshipment-pingshan': { startsOn: '2026-11-25', endsOn: '2026-12-08', workingDays: 10 },
  'fee-broker-two-step': { startsOn: '2026-11-18', endsOn: '2026-12-01', workingDays: 10 },
};

/** Changes announced but not in effect yet (demo): a raise under publicity and a scheduled cut. */
const PENDING: Record<string, PendingChange> = {
  'fee-reefer-plugin-shekou': {
    standard: fixed(210),
    effectiveFrom: '2027-01-01',
    publicity: { startsOn: '2026-11-23', endsOn: '2026-12-04', workingDays: 10 },
  },
  'fee-thc-chiwan-20': { standard: fixed(760), effectiveFrom: '2027-01-01' },
};

function annotate(item: FeeItem): FeeItem {
  const appliesTo = APPLIES_TO[item.id];
  const publicity = PUBLICITY[item.id];
  const pendingChange = PENDING[item.id];
  return {
    ...item,
    ...(appliesTo ? { appliesTo } : {}),
    ...(publicity ? { publicity } : {}),
    ...(pendingChange ? { pendingChange } : {}),
  };
}

/** The whole demo catalogue, ordered by category then code. */
export const FEES: FeeItem[] = [
  ...PORT_DUES,
  ...PORT_CONSTRUCTION,
  ...SECURITY,
  ...PILOTAGE,
  ...TUGBOAT,
  ...BERTHING,
  ...TERMINAL_HANDLING,
  ...STORAGE,
  ...AGENCY,
  ...CUSTOMS_BROKER,
  ...QUARANTINE,
  ...INSPECTION,
  ...DOCUMENTATION,
  ...EQUIPMENT,
].map(annotate);

export function feeById(id: string): FeeItem | undefined {
  return FEES.find((item) => item.id === id);
}
