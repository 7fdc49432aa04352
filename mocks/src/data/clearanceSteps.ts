import type { ClearanceStep, LegalBasis, LocalizedText, PortId, StepCost, StepDocument } from '@sw/contracts';
import { borderContact, companyContact, customsContact, msaContact, t } from './clearanceAgencies.ts';

// Building blocks of the demo procedures: each function is one kind of step at one port, so the
// variants of a procedure share step ids (and can be compared step by step).

const SINGLE_WINDOW = 'https://www.singlewindow.cn/';
const h = (hours: number) => hours * 60;

const law = (zhCN: string, zhHK: string, en: string): LegalBasis => ({ title: t(zhCN, zhHK, en) });

export const LAW = {
  customs: law('《中华人民共和国海关法》', '《中華人民共和國海關法》', 'Customs Law of the PRC'),
  declaration: law(
    '《中华人民共和国海关进出口货物申报管理规定》（海关总署令第103号）',
    '《中華人民共和國海關進出口貨物申報管理規定》（海關總署令第103號）',
    'Provisions on the Declaration of Import and Export Goods (GACC Order No. 103)',
  ),
  manifest: law(
    '《中华人民共和国海关进出境运输工具舱单管理办法》（海关总署令第172号）',
    '《中華人民共和國海關進出境運輸工具艙單管理辦法》（海關總署令第172號）',
    'Measures on Manifests of Inbound and Outbound Means of Transport (GACC Order No. 172)',
  ),
  inspection: law(
    '《中华人民共和国海关进出口货物查验管理办法》（海关总署令第138号）',
    '《中華人民共和國海關進出口貨物查驗管理辦法》（海關總署令第138號）',
    'Measures on the Inspection of Import and Export Goods (GACC Order No. 138)',
  ),
  tariff: law('《中华人民共和国关税法》', '《中華人民共和國關稅法》', 'Tariff Law of the PRC'),
  shenzhenPlan: law(
    '《深圳市优化口岸营商环境促进跨境贸易便利化工作实施方案》（深府口〔2019〕32号）',
    '《深圳市優化口岸營商環境促進跨境貿易便利化工作實施方案》（深府口〔2019〕32號）',
    'Shenzhen implementation plan on optimising the port business environment and facilitating cross-border trade (2019)',
  ),
  twoStep: law(
    '海关总署公告2019年第216号（关于开展“两步申报”改革试点的公告）',
    '海關總署公告2019年第216號（關於開展「兩步申報」改革試點的公告）',
    'GACC Announcement No. 216 of 2019 on the two-step declaration pilot',
  ),
  commodityInspection: law(
    '《中华人民共和国进出口商品检验法》',
    '《中華人民共和國進出口商品檢驗法》',
    'Law of the PRC on Import and Export Commodity Inspection',
  ),
  quarantine: law(
    '《中华人民共和国进出境动植物检疫法》',
    '《中華人民共和國進出境動植物檢疫法》',
    'Law of the PRC on Entry and Exit Animal and Plant Quarantine',
  ),
  importedFood: law(
    '《中华人民共和国进出口食品安全管理办法》（海关总署令第249号）',
    '《中華人民共和國進出口食品安全管理辦法》（海關總署令第249號）',
    'Administrative Measures on Import and Export Food Safety (GACC Order No. 249)',
  ),
  border: law(
    '《中华人民共和国出境入境边防检查条例》',
    '《中華人民共和國出境入境邊防檢查條例》',
    'Regulations of the PRC on Exit and Entry Frontier Inspection',
  ),
  shipInspection: law(
    '《国际航行船舶进出中华人民共和国口岸检查办法》',
    '《國際航行船舶進出中華人民共和國口岸檢查辦法》',
    'Measures for the Inspection of Ships on International Voyages Entering and Leaving PRC Ports',
  ),
  transit: law(
    '《中华人民共和国海关关于转关货物监管办法》（海关总署令第89号）',
    '《中華人民共和國海關關於轉關貨物監管辦法》（海關總署令第89號）',
    'Customs Measures on the Control of Goods in Transit (GACC Order No. 89)',
  ),
  review: law('《中华人民共和国行政复议法》', '《中華人民共和國行政復議法》', 'Administrative Reconsideration Law of the PRC'),
  customsReview: law(
    '《中华人民共和国海关行政复议办法》',
    '《中華人民共和國海關行政復議辦法》',
    'Measures of the PRC Customs on Administrative Reconsideration',
  ),
  litigation: law(
    '《中华人民共和国行政诉讼法》',
    '《中華人民共和國行政訴訟法》',
    'Administrative Litigation Law of the PRC',
  ),
  vegetablesHkMacao: law(
    '《供港澳蔬菜检验检疫监督管理办法》',
    '《供港澳蔬菜檢驗檢疫監督管理辦法》',
    'Measures on the Inspection, Quarantine and Supervision of Vegetables Supplied to Hong Kong and Macao',
  ),
};

function doc(id: string, name: LocalizedText, extra: Partial<StepDocument> = {}): StepDocument {
  return { id, name, originals: 1, copies: 0, electronic: true, ...extra };
}

export const DOC = {
  invoice: doc('invoice', t('商业发票', '商業發票', 'Commercial invoice')),
  packingList: doc('packing-list', t('装箱单', '裝箱單', 'Packing list')),
  contract: doc('contract', t('贸易合同', '貿易合約', 'Sales contract')),
  billOfLading: doc('bill-of-lading', t('提单', '提單', 'Bill of lading')),
  airWaybill: doc('air-waybill', t('航空运单', '航空運單', 'Air waybill')),
  railWaybill: doc('rail-waybill', t('铁路运单', '鐵路運單', 'Rail waybill')),
  powerOfAttorney: doc('power-of-attorney', t('代理报关委托书', '代理報關委託書', 'Customs brokerage power of attorney'), {
    note: t('委托报关企业办理时提供', '委託報關企業辦理時提供', 'When a customs broker declares for you'),
  }),
  origin: doc('certificate-of-origin', t('原产地证书', '原產地證書', 'Certificate of origin'), {
    note: t('享受协定税率时提供', '享受協定稅率時提供', 'To claim a preferential (agreement) tariff rate'),
  }),
  importLicence: doc('import-licence', t('进口许可证件', '進口許可證件', 'Import licence or permit'), {
    note: t('仅限实行许可管理的货物', '僅限實行許可管理的貨物', 'Only for goods under licensing'),
  }),
  exportLicence: doc('export-licence', t('出口许可证件', '出口許可證件', 'Export licence or permit'), {
    note: t('仅限实行许可管理的货物', '僅限實行許可管理的貨物', 'Only for goods under licensing'),
  }),
  deliveryOrder: doc('delivery-order', t('提货单', '提貨單', 'Delivery order')),
  eir: doc('eir', t('设备交接单（EIR）', '設備交接單（EIR）', 'Equipment interchange receipt (EIR)')),
  manifestData: doc('manifest-data', t('舱单电子数据', '艙單電子數據', 'Electronic manifest data')),
  shipCertificates: doc('ship-certificates', t('船舶证书及船员名单', '船舶證書及船員名單', "Ship's certificates and crew list"), {
    originals: 1,
    copies: 1,
  }),
  healthCertificate: doc(
    'health-certificate',
    t('输出国家（地区）官方卫生证书', '輸出國家（地區）官方衞生證書', 'Official health certificate of the exporting country'),
    { electronic: false, originals: 1, copies: 1 },
  ),
  quarantineCertificate: doc(
    'quarantine-certificate',
    t('检验检疫证书', '檢驗檢疫證書', 'Inspection and quarantine certificate'),
  ),
  farmRegistration: doc(
    'farm-registration',
    t('供港澳种植、养殖场备案证明', '供港澳種植、養殖場備案證明', 'Registration of the supplying farm (Hong Kong and Macao supply)'),
  ),
  vehicleFiling: doc('vehicle-filing', t('跨境车辆及司机备案表', '跨境車輛及司機備案表', 'Cross-border vehicle and driver registration'), {
    electronic: false,
    originals: 1,
    copies: 1,
  }),
  transshipmentList: doc('transshipment-list', t('中转货物清单', '中轉貨物清單', 'Transshipment cargo list')),
  reviewApplication: doc(
    'review-application',
    t('行政复议申请书', '行政復議申請書', 'Application for administrative reconsideration'),
    { electronic: false, originals: 1, copies: 1 },
  ),
  contestedDecision: doc(
    'contested-decision',
    t('被申请复议的海关决定书', '被申請復議的海關決定書', 'The customs decision under review'),
    { electronic: false, originals: 0, copies: 1 },
  ),
  applicantId: doc('applicant-id', t('申请人身份证明或营业执照', '申請人身份證明或營業執照', "Applicant's ID or business licence"), {
    electronic: false,
    originals: 0,
    copies: 1,
  }),
};

const FREE: StepCost = { kind: 'free' };
const fixed = (amount: number, per: 'shipment' | 'container' | 'vehicle', feeIds: string[] = []): StepCost => ({
  kind: 'fixed',
  amount,
  currency: 'CNY',
  per,
  feeIds,
});

type Flags = Partial<Pick<ClearanceStep, 'optional' | 'parallel' | 'cargo' | 'condition'>>;
const flags = (f: Flags = {}) => ({ optional: false, parallel: false, ...f });

const BOUND = {
  import: t('进口', '進口', 'import'),
  export: t('出口', '出口', 'export'),
};

// ---------------------------------------------------------------------------------------------
// Sea

export function manifestStep(port: PortId, direction: 'import' | 'export'): ClearanceStep {
  const inbound = direction === 'import';
  return {
    id: 'manifest',
    agencyId: 'penavico-sz',
    title: inbound
      ? t('原始舱单申报', '原始艙單申報', 'Inbound manifest filing')
      : t('预配舱单申报', '預配艙單申報', 'Pre-loading manifest filing'),
    description: inbound
      ? t(
          '船公司或其代理在境外装船 24 小时前向海关传输原始舱单电子数据，是进口申报的前提。',
          '船公司或其代理在境外裝船 24 小時前向海關傳輸原始艙單電子數據，是進口申報的前提。',
          'The carrier or its agent transmits the inbound manifest to customs at least 24 hours before loading abroad; the import declaration relies on it.',
        )
      : t(
          '船公司或其代理在货物进港前向海关传输预配舱单电子数据，出口申报据此核对。',
          '船公司或其代理在貨物進港前向海關傳輸預配艙單電子數據，出口申報據此核對。',
          'The carrier or its agent transmits the pre-loading manifest before the goods enter the port; the export declaration is matched against it.',
        ),
    contact: companyContact('penavico-sz', port, t('单证中心', '單證中心', 'Documentation centre'), '0755-0000-1180'),
    documents: [DOC.manifestData, DOC.billOfLading],
    outputs: [t('舱单回执', '艙單回執', 'Manifest acknowledgement')],
    timing: { limitMinutes: 60, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 60 },
    cost: fixed(50, 'shipment', ['fee-manifest-transmission']),
    legalBasis: [LAW.manifest],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags({
      condition: t('由承运人或其代理办理', '由承運人或其代理辦理', 'Done by the carrier or its agent'),
    }),
  };
}

export function vesselStep(port: PortId, direction: 'import' | 'export'): ClearanceStep {
  const inbound = direction === 'import';
  return {
    id: inbound ? 'vessel-arrival' : 'vessel-departure',
    agencyId: 'shenzhen-msa',
    title: inbound
      ? t('船舶进口岸查验', '船舶進口岸查驗', 'Vessel arrival clearance')
      : t('船舶出口岸查验', '船舶出口岸查驗', 'Vessel departure clearance'),
    description: t(
      '国际航行船舶通过单一窗口“船舶一单多报”向海事、海关、边检一次申报进出港手续。',
      '國際航行船舶透過單一窗口「船舶一單多報」向海事、海關、邊檢一次申報進出港手續。',
      'Ships on international voyages file arrival or departure once through the single window for the maritime administration, customs and border inspection.',
    ),
    contact: msaContact(port),
    documents: [DOC.shipCertificates],
    outputs: [
      inbound
        ? t('船舶进口岸许可', '船舶進口岸許可', 'Arrival permit')
        : t('船舶出口岸许可证', '船舶出口岸許可證', 'Port clearance (departure permit)'),
    ],
    timing: { limitMinutes: h(2), counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 30 },
    cost: FREE,
    legalBasis: [LAW.shipInspection],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags({
      parallel: true,
      condition: t('由船方或船舶代理办理', '由船方或船舶代理辦理', "Done by the ship's master or agent"),
    }),
  };
}

export function arrivalReportStep(port: PortId, agencyId: 'yict' | 'sct', direct = false): ClearanceStep {
  return {
    id: 'arrival-report',
    agencyId,
    title: t('卸船理货与运抵报告', '卸船理貨與運抵報告', 'Discharge, tally and arrival report'),
    description: direct
      ? t(
          '船舶靠泊后卸船理货，码头向海关发送运抵报告；已提前申报且未被布控的货物随即放行，可船边直提。',
          '船舶靠泊後卸船理貨，碼頭向海關發送運抵報告；已提前申報且未被布控的貨物隨即放行，可船邊直提。',
          'After berthing the containers are discharged and tallied and the terminal sends the arrival report; goods declared in advance and not selected for inspection are released at once and may be lifted off at ship side.',
        )
      : t(
          '船舶靠泊后卸船理货，码头向海关发送运抵报告，货物进入堆场等待申报与放行。',
          '船舶靠泊後卸船理貨，碼頭向海關發送運抵報告，貨物進入堆場等待申報與放行。',
          'After berthing the containers are discharged and tallied, the terminal sends the arrival report and the boxes wait in the yard for declaration and release.',
        ),
    contact: companyContact(agencyId, port, t('码头操作中心', '碼頭操作中心', 'Terminal operations centre'), '0755-0000-2288'),
    documents: [],
    outputs: [t('运抵报告（电子）', '運抵報告（電子）', 'Arrival report (electronic)')],
    timing: direct
      ? { limitMinutes: h(2), counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 30 }
      : { limitMinutes: h(12), counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: h(6) },
    cost: FREE,
    legalBasis: [LAW.manifest],
    ...flags(),
  };
}

interface DeclarationOptions {
  advance?: boolean;
  brokerFeeId?: string;
  brokerFee?: number;
  extraDocuments?: StepDocument[];
  cargo?: ClearanceStep['cargo'];
}

export function declarationStep(port: PortId, direction: 'import' | 'export', options: DeclarationOptions = {}): ClearanceStep {
  const inbound = direction === 'import';
  const transport = port === 'baoan-airport' ? DOC.airWaybill : port === 'pingshan-rail' ? DOC.railWaybill : DOC.billOfLading;
  return {
    id: 'declaration',
    agencyId: 'shenzhen-customs',
    title: options.advance
      ? t(`${BOUND[direction]['zh-CN']}提前申报`, `${BOUND[direction]['zh-HK']}提前申報`, `Advance ${BOUND[direction].en} declaration`)
      : t(`${BOUND[direction]['zh-CN']}报关`, `${BOUND[direction]['zh-HK']}報關`, `${inbound ? 'Import' : 'Export'} declaration`),
    description: options.advance
      ? t(
          inbound
            ? '舱单传输后、货物运抵前，通过单一窗口提交报关单并完成单证审核与计税；未被布控查验的货物运抵后即可放行提离。'
            : '货物进港前通过单一窗口提交出口报关单，预先完成审核；货物运抵后未被布控的即可放行装船。',
          inbound
            ? '艙單傳輸後、貨物運抵前，透過單一窗口提交報關單並完成單證審核與計稅；未被佈控查驗的貨物運抵後即可放行提離。'
            : '貨物進港前透過單一窗口提交出口報關單，預先完成審核；貨物運抵後未被佈控的即可放行裝船。',
          inbound
            ? 'After the manifest is transmitted and before the goods arrive, the declaration is filed through the single window and the documents are reviewed and the duties assessed; goods not selected for inspection are released on arrival.'
            : 'The export declaration is filed through the single window before the goods enter the port and reviewed in advance; goods not selected for inspection are released for loading on arrival.',
        )
      : t(
          inbound
            ? '货物运抵后，收货人或其委托的报关企业通过单一窗口录入并提交进口报关单，海关审核单证、确定税费。'
            : '货物运抵后，发货人或其委托的报关企业通过单一窗口提交出口报关单，海关审核单证。',
          inbound
            ? '貨物運抵後，收貨人或其委託的報關企業透過單一窗口錄入並提交進口報關單，海關審核單證、確定稅費。'
            : '貨物運抵後，發貨人或其委託的報關企業透過單一窗口提交出口報關單，海關審核單證。',
          inbound
            ? 'Once the goods have arrived, the consignee or its customs broker files the import declaration through the single window; customs reviews the documents and assesses the duties.'
            : 'Once the goods have arrived, the shipper or its customs broker files the export declaration through the single window; customs reviews the documents.',
        ),
    contact: customsContact(port),
    documents: [
      DOC.contract,
      DOC.invoice,
      DOC.packingList,
      transport,
      DOC.powerOfAttorney,
      ...(inbound ? [DOC.origin, DOC.importLicence] : [DOC.exportLicence]),
      ...(options.extraDocuments ?? []),
    ],
    outputs: [t('报关单回执与电子税单', '報關單回執與電子稅單', 'Declaration receipt and electronic tax bill')],
    timing: options.advance
      ? { limitMinutes: h(4), counterMinutes: 45, waitingMinutes: 0, untilNextMinutes: h(1) }
      : { limitMinutes: h(24), counterMinutes: 45, waitingMinutes: 0, untilNextMinutes: h(4) },
    cost:
      options.brokerFee !== undefined
        ? {
            kind: 'formula',
            formula: t(
              '自行申报免费；委托报关企业按其报价收取代理报关费',
              '自行申報免費；委託報關企業按其報價收取代理報關費',
              'Free when you declare yourself; a customs broker charges its brokerage fee',
            ),
            indicativeAmount: options.brokerFee,
            currency: 'CNY',
            per: 'shipment',
            feeIds: options.brokerFeeId ? [options.brokerFeeId] : [],
          }
        : FREE,
    legalBasis: [LAW.customs, LAW.declaration, ...(options.advance ? [LAW.shenzhenPlan] : [])],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags({ parallel: Boolean(options.advance) && inbound, ...(options.cargo ? { cargo: options.cargo } : {}) }),
  };
}

export function taxStep(port: PortId, advance = false): ClearanceStep {
  return {
    id: 'tax-payment',
    agencyId: 'shenzhen-customs',
    title: t('缴纳税费', '繳納稅費', 'Paying duties and taxes'),
    description: t(
      '通过单一窗口或银行“电子支付”缴纳关税和进口环节增值税、消费税；也可凭税款担保先放后缴。',
      '透過單一窗口或銀行「電子支付」繳納關稅和進口環節增值稅、消費稅；亦可憑稅款擔保先放後繳。',
      'Customs duty, import VAT and consumption tax are paid online through the single window or the bank; with a duty guarantee the goods can be released before payment.',
    ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('电子缴款凭证', '電子繳款憑證', 'Electronic payment receipt')],
    timing: { limitMinutes: h(24), counterMinutes: 10, waitingMinutes: 0, untilNextMinutes: 30 },
    cost: {
      kind: 'formula',
      formula: t(
        '按《进出口税则》计征：完税价格 × 税率（关税、增值税、消费税）',
        '按《進出口稅則》計徵：完稅價格 × 稅率（關稅、增值稅、消費稅）',
        'Per the customs tariff: customs value × rates (duty, VAT, consumption tax)',
      ),
      currency: 'CNY',
      per: 'shipment',
      feeIds: [],
    },
    legalBasis: [LAW.tariff],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags({ parallel: advance }),
  };
}

interface InspectionOptions {
  cost: StepCost;
  agencyUnitPort?: PortId;
  priority?: boolean;
}

export function inspectionStep(port: PortId, options: InspectionOptions): ClearanceStep {
  return {
    id: options.priority ? 'priority-inspection' : 'inspection',
    agencyId: 'shenzhen-customs',
    title: options.priority
      ? t('优先查验', '優先查驗', 'Priority inspection')
      : t('海关查验', '海關查驗', 'Customs inspection'),
    description: options.priority
      ? t(
          '供港澳鲜活产品预约候检，被布控时优先安排查验和检测，随到随验。',
          '供港澳鮮活產品預約候檢，被佈控時優先安排查驗和檢測，隨到隨驗。',
          'Fresh produce for Hong Kong and Macao is booked in advance; when selected, it is inspected and tested first, on arrival.',
        )
      : t(
          '被风险布控的货物由海关在查验平台开箱查验，收发货人或其代理须到场配合。',
          '被風險佈控的貨物由海關在查驗平台開櫃查驗，收發貨人或其代理須到場配合。',
          'Goods selected by risk profiling are opened and inspected by customs at the inspection platform; the owner or its agent attends.',
        ),
    contact: customsContact(options.agencyUnitPort ?? port),
    documents: [],
    outputs: [t('查验记录', '查驗記錄', 'Inspection record')],
    timing: options.priority
      ? { limitMinutes: h(1), counterMinutes: 20, waitingMinutes: 10, untilNextMinutes: 10 }
      : { limitMinutes: h(24), counterMinutes: 60, waitingMinutes: h(4), untilNextMinutes: h(2) },
    cost: options.cost,
    legalBasis: [LAW.inspection],
    ...flags({
      optional: true,
      condition: t('仅在被布控查验时', '僅在被佈控查驗時', 'Only when selected for inspection'),
    }),
  };
}

export function releaseStep(port: PortId, options: { fast?: boolean; onArrival?: boolean } = {}): ClearanceStep {
  return {
    id: options.fast ? 'fast-release' : 'release',
    agencyId: 'shenzhen-customs',
    title: options.fast
      ? t('快速验放', '快速驗放', 'Fast release')
      : options.onArrival
        ? t('抵港放行', '抵港放行', 'Release on arrival')
        : t('海关放行', '海關放行', 'Customs release'),
    description: options.onArrival
      ? t(
          '提前申报且未被布控的货物，运抵报告一经核注即自动放行，放行信息同步推送码头。',
          '提前申報且未被佈控的貨物，運抵報告一經核註即自動放行，放行信息同步推送碼頭。',
          'Goods declared in advance and not selected for inspection are released automatically once the arrival report is matched; the release is pushed to the terminal.',
        )
      : t(
          '单证审核、税费缴纳（或担保）和查验完成后，海关放行，放行信息电子推送至码头或场站。',
          '單證審核、稅費繳納（或擔保）和查驗完成後，海關放行，放行信息電子推送至碼頭或場站。',
          'When the documents are cleared, duties paid (or guaranteed) and any inspection done, customs releases the goods and pushes the release to the terminal or yard.',
        ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('海关放行信息（电子）', '海關放行信息（電子）', 'Customs release (electronic)')],
    timing:
      options.fast || options.onArrival
        ? { limitMinutes: 30, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 10 }
        : { limitMinutes: h(2), counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 30 },
    cost: FREE,
    legalBasis: [LAW.customs, ...(options.fast || options.onArrival ? [LAW.shenzhenPlan] : [])],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags(),
  };
}

export function pickupStep(
  port: PortId,
  agencyId: 'yict' | 'sct',
  options: { direct?: boolean; thc: number; feeIds: string[] },
): ClearanceStep {
  return {
    id: 'pickup',
    agencyId,
    title: options.direct ? t('船边直提', '船邊直提', 'Ship-side direct lift') : t('码头提箱', '碼頭提櫃', 'Container pick-up'),
    description: options.direct
      ? t(
          '放行后货主车辆在船边直接提离重箱，卸船到提离由 4–6 小时缩短至 5–8 分钟。',
          '放行後貨主車輛在船邊直接提離重櫃，卸船到提離由 4–6 小時縮短至 5–8 分鐘。',
          'After release the owner’s truck lifts the laden box straight off at ship side: from unloading to lift-off takes 5–8 minutes instead of 4–6 hours.',
        )
      : t(
          '凭提货单和设备交接单预约时段提箱出闸，结清码头作业费。',
          '憑提貨單和設備交接單預約時段提櫃出閘，結清碼頭作業費。',
          'With the delivery order and the equipment interchange receipt, book a gate slot, pay the terminal handling charges and take the box out.',
        ),
    contact: companyContact(agencyId, port, t('客户服务中心', '客戶服務中心', 'Customer service centre'), '0755-0000-3366'),
    documents: [DOC.deliveryOrder, DOC.eir],
    outputs: [t('出闸凭证', '出閘憑證', 'Gate-out pass')],
    timing: options.direct
      ? { limitMinutes: 10, counterMinutes: 0, waitingMinutes: 8, untilNextMinutes: 0 }
      : { limitMinutes: h(2), counterMinutes: 15, waitingMinutes: 60, untilNextMinutes: 0 },
    cost: fixed(options.thc, 'container', options.feeIds),
    legalBasis: [],
    ...flags(),
    ...(options.direct
      ? {
          legalBasis: [LAW.shenzhenPlan],
        }
      : {}),
  };
}

export function bookingStep(port: PortId): ClearanceStep {
  return {
    id: 'booking',
    agencyId: 'penavico-sz',
    title: t('订舱与提空箱', '訂艙與提吉櫃', 'Booking and empty container pick-up'),
    description: t(
      '向船公司或其代理订舱，取得订舱确认后提取空箱装货。',
      '向船公司或其代理訂艙，取得訂艙確認後提取吉櫃裝貨。',
      'Book space with the carrier or its agent and collect an empty container for stuffing.',
    ),
    contact: companyContact('penavico-sz', port, t('订舱部', '訂艙部', 'Booking desk'), '0755-0000-1181'),
    documents: [DOC.packingList],
    outputs: [t('订舱确认（S/O）', '訂艙確認（S/O）', 'Booking confirmation (shipping order)')],
    timing: { limitMinutes: h(24), counterMinutes: 20, waitingMinutes: 0, untilNextMinutes: h(8) },
    cost: fixed(100, 'container', ['fee-booking-agency']),
    legalBasis: [],
    ...flags(),
  };
}

export function gateInStep(port: PortId, agencyId: 'yict' | 'sct', direct = false): ClearanceStep {
  return {
    id: 'gate-in',
    agencyId,
    title: direct ? t('抵港直装', '抵港直裝', 'Direct loading on arrival') : t('重箱进港', '重櫃進港', 'Laden container gate-in'),
    description: direct
      ? t(
          '已提前申报并放行的出口箱进闸后不落场，直接安排装船。',
          '已提前申報並放行的出口櫃進閘後不落場，直接安排裝船。',
          'Export boxes declared in advance and already released go from the gate straight to the ship, without being stacked in the yard.',
        )
      : t(
          '按码头开港时间预约进闸，出口重箱可在船舶靠泊前 7 天起进港；码头发送运抵报告。',
          '按碼頭開港時間預約進閘，出口重櫃可在船舶靠泊前 7 天起進港；碼頭發送運抵報告。',
          'Book a gate slot; export laden boxes are accepted from 7 days before berthing. The terminal sends the arrival report to customs.',
        ),
    contact: companyContact(agencyId, port, t('闸口调度', '閘口調度', 'Gate control'), '0755-0000-2289'),
    documents: [DOC.eir],
    outputs: [t('运抵报告（电子）', '運抵報告（電子）', 'Arrival report (electronic)')],
    timing: direct
      ? { limitMinutes: h(2), counterMinutes: 5, waitingMinutes: 20, untilNextMinutes: 30 }
      : { limitMinutes: h(4), counterMinutes: 5, waitingMinutes: 45, untilNextMinutes: h(4) },
    cost: fixed(15, 'container', port === 'yantian' ? ['fee-gate-appointment-yantian'] : []),
    legalBasis: [LAW.manifest],
    ...flags(),
  };
}

export function loadingStep(port: PortId, agencyId: 'yict' | 'sct', thc: number, feeIds: string[]): ClearanceStep {
  return {
    id: 'loading',
    agencyId,
    title: t('装船与出口舱单', '裝船與出口艙單', 'Loading and departure manifest'),
    description: t(
      '海关放行后码头安排装船，船公司或其代理在开航后传输装载舱单。',
      '海關放行後碼頭安排裝船，船公司或其代理在開航後傳輸裝載艙單。',
      'After release the terminal loads the boxes; the carrier or its agent transmits the loading manifest after sailing.',
    ),
    contact: companyContact(agencyId, port, t('船舶策划中心', '船舶策劃中心', 'Vessel planning centre'), '0755-0000-2290'),
    documents: [],
    outputs: [t('装船确认', '裝船確認', 'Loading confirmation')],
    timing: { limitMinutes: h(12), counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: h(6) },
    cost: fixed(thc, 'container', feeIds),
    legalBasis: [LAW.manifest],
    ...flags(),
  };
}

// ---------------------------------------------------------------------------------------------
// Two-step declaration

export function summaryDeclarationStep(port: PortId): ClearanceStep {
  return {
    ...declarationStep(port, 'import', { brokerFee: 260, brokerFeeId: 'fee-broker-two-step' }),
    id: 'summary-declaration',
    title: t('概要申报', '概要申報', 'Summary declaration (step one)'),
    description: t(
      '凭提单等关键信息申报 9 项（涉证、涉检、涉税货物另加项目），确认无须检查或检查完毕即可提离。',
      '憑提單等關鍵資料申報 9 項（涉證、涉檢、涉稅貨物另加項目），確認無須檢查或檢查完畢即可提離。',
      'Declare nine key items from the bill of lading (more for licensed, inspected or dutiable goods); once no check is needed or it is done, the goods may leave.',
    ),
    documents: [DOC.billOfLading, DOC.invoice, DOC.powerOfAttorney],
    timing: { limitMinutes: h(4), counterMinutes: 20, waitingMinutes: 0, untilNextMinutes: h(1) },
    legalBasis: [LAW.twoStep, LAW.declaration],
  };
}

export function completeDeclarationStep(port: PortId): ClearanceStep {
  return {
    id: 'complete-declaration',
    agencyId: 'shenzhen-customs',
    title: t('完整申报', '完整申報', 'Complete declaration (step two)'),
    description: t(
      '运输工具申报进境之日起 14 日内补充提交完整报关单及随附单证并缴纳税款，货物此前已提离。',
      '運輸工具申報進境之日起 14 日內補充提交完整報關單及隨附單證並繳納稅款，貨物此前已提離。',
      'Within 14 days of the arrival of the means of transport, file the full declaration with its documents and pay the duties; the goods have already left.',
    ),
    contact: customsContact(port),
    documents: [DOC.contract, DOC.invoice, DOC.packingList, DOC.origin, DOC.importLicence],
    outputs: [t('报关单结关信息', '報關單結關信息', 'Declaration closed')],
    timing: { limitMinutes: 14 * 24 * 60, counterMinutes: 45, waitingMinutes: 0, untilNextMinutes: 0 },
    cost: {
      kind: 'formula',
      formula: t(
        '按《进出口税则》计征税款（完税价格 × 税率）',
        '按《進出口稅則》計徵稅款（完稅價格 × 稅率）',
        'Duties and taxes per the customs tariff (customs value × rates)',
      ),
      currency: 'CNY',
      per: 'shipment',
      feeIds: [],
    },
    legalBasis: [LAW.twoStep, LAW.tariff],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags(),
  };
}

// ---------------------------------------------------------------------------------------------
// Inspection and quarantine

export function quarantineInspectionStep(port: PortId, cost: StepCost): ClearanceStep {
  return {
    id: 'quarantine-inspection',
    agencyId: 'shenzhen-customs',
    title: t('检验检疫与抽样', '檢驗檢疫與抽樣', 'Inspection, quarantine and sampling'),
    description: t(
      '进口食品实施现场检验检疫：核对证书、感官检查、按计划抽样送检。',
      '進口食品實施現場檢驗檢疫：核對證書、感官檢查、按計劃抽樣送檢。',
      'Imported food is checked on site: certificates are verified, the goods examined and samples taken under the sampling plan.',
    ),
    contact: customsContact(port),
    documents: [DOC.healthCertificate],
    outputs: [t('现场查验记录与抽样凭证', '現場查驗記錄與抽樣憑證', 'Inspection record and sampling receipt')],
    timing: { limitMinutes: h(24), counterMinutes: 90, waitingMinutes: h(3), untilNextMinutes: h(2) },
    cost,
    legalBasis: [LAW.commodityInspection, LAW.importedFood, LAW.quarantine],
    ...flags(),
  };
}

export function labTestingStep(port: PortId): ClearanceStep {
  return {
    id: 'lab-testing',
    agencyId: 'shenzhen-customs',
    title: t('实验室检测', '實驗室檢測', 'Laboratory testing'),
    description: t(
      '样品由海关技术中心检测；合格后出具合格证明，不合格的退运、销毁或技术处理。',
      '樣品由海關技術中心檢測；合格後出具合格證明，不合格的退運、銷毀或技術處理。',
      'Samples are tested by the customs technical centre; compliant goods get a certificate, the others are returned, destroyed or treated.',
    ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('入境货物检验检疫证明', '入境貨物檢驗檢疫證明', 'Entry inspection and quarantine certificate')],
    timing: { limitMinutes: 5 * 24 * 60, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 3 * 24 * 60 },
    cost: FREE,
    legalBasis: [LAW.importedFood],
    ...flags({ condition: t('仅抽中送检的批次', '僅抽中送檢的批次', 'Only batches sampled for testing') }),
  };
}

export function quarantineTreatmentStep(port: PortId): ClearanceStep {
  return {
    id: 'quarantine-treatment',
    agencyId: 'shenzhen-customs',
    title: t('检疫处理', '檢疫處理', 'Quarantine treatment'),
    description: t(
      '发现有害生物或按规定须处理的，由检疫处理单位实施熏蒸、消毒等处理。',
      '發現有害生物或按規定須處理的，由檢疫處理單位實施熏蒸、消毒等處理。',
      'When pests are found or the rules require it, a treatment provider fumigates or disinfects the goods or container.',
    ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('检疫处理结果报告', '檢疫處理結果報告', 'Treatment report')],
    timing: { limitMinutes: h(24), counterMinutes: 30, waitingMinutes: h(2), untilNextMinutes: h(12) },
    cost: fixed(450, 'container', ['fee-fumigation-20', 'fee-cold-chain-disinfection']),
    legalBasis: [LAW.quarantine],
    ...flags({
      optional: true,
      condition: t('仅在须检疫处理时', '僅在須檢疫處理時', 'Only when treatment is required'),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Transshipment

export function transshipmentDeclarationStep(port: PortId): ClearanceStep {
  return {
    id: 'transshipment-declaration',
    agencyId: 'shenzhen-customs',
    title: t('中转申报', '中轉申報', 'Transshipment declaration'),
    description: t(
      '承运人或其代理以中转货物清单向海关申报，货物在海关监管下换装，不办理进出口报关。',
      '承運人或其代理以中轉貨物清單向海關申報，貨物在海關監管下換裝，不辦理進出口報關。',
      'The carrier or its agent declares the transshipment cargo list; the goods change vessels under customs control without import or export clearance.',
    ),
    contact: customsContact(port),
    documents: [DOC.transshipmentList, DOC.billOfLading],
    outputs: [t('中转核准信息', '中轉核准信息', 'Transshipment approval')],
    timing: { limitMinutes: h(2), counterMinutes: 15, waitingMinutes: 0, untilNextMinutes: 30 },
    cost: FREE,
    legalBasis: [LAW.customs, LAW.transit],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags(),
  };
}

// ---------------------------------------------------------------------------------------------
// Road (Hong Kong) and rail

export function vehicleFilingStep(port: PortId): ClearanceStep {
  return {
    id: 'vehicle-filing',
    agencyId: 'shenzhen-customs',
    title: t('跨境车辆与司机备案', '跨境車輛與司機備案', 'Cross-border vehicle and driver registration'),
    description: t(
      '粤港跨境货车及其司机须事先在海关备案，一次备案、长期有效。',
      '粵港跨境貨車及其司機須事先在海關備案，一次備案、長期有效。',
      'Guangdong–Hong Kong cross-border trucks and their drivers are registered with customs once, in advance.',
    ),
    contact: customsContact(port),
    documents: [DOC.vehicleFiling],
    outputs: [t('车辆备案编号与电子车牌', '車輛備案編號與電子車牌', 'Vehicle registration number and electronic plate')],
    timing: { limitMinutes: 5 * 24 * 60, counterMinutes: 30, waitingMinutes: 20, untilNextMinutes: 0 },
    cost: FREE,
    legalBasis: [LAW.customs],
    ...flags({
      optional: true,
      condition: t('每辆车首次办理', '每輛車首次辦理', 'Once per vehicle, before its first crossing'),
    }),
  };
}

export function roadManifestStep(port: PortId): ClearanceStep {
  return {
    ...manifestStep(port, 'export'),
    id: 'road-manifest',
    agencyId: 'broker-demo',
    title: t('公路舱单申报', '公路艙單申報', 'Road manifest filing'),
    description: t(
      '运输企业或其代理在车辆抵达口岸前传输公路舱单，与报关单电子核对。',
      '運輸企業或其代理在車輛抵達口岸前傳輸公路艙單，與報關單電子核對。',
      'The haulier or its agent transmits the road manifest before the truck reaches the port; it is matched electronically with the declaration.',
    ),
    contact: companyContact('broker-demo', port, t('跨境运输单证部', '跨境運輸單證部', 'Cross-border transport documents desk'), '0755-0000-4455'),
    documents: [DOC.manifestData],
    cost: fixed(60, 'vehicle', ['fee-road-manifest']),
    condition: t('由运输企业或其代理办理', '由運輸企業或其代理辦理', 'Done by the haulier or its agent'),
  };
}

export function yardEntryStep(port: PortId, agencyId: 'huanggang-yard' | 'wenjindu-yard' | 'shenzhen-bay-yard', fee: { amount: number; feeIds: string[] }): ClearanceStep {
  return {
    id: 'yard-entry',
    agencyId,
    title: t('进入监管场站与过磅', '進入監管場站與過磅', 'Inspection yard entry and weighing'),
    description: t(
      '货车进入口岸货运监管场站，自动识别车牌、电子过磅并核对舱单。',
      '貨車進入口岸貨運監管場站，自動識別車牌、電子過磅並核對艙單。',
      'The truck enters the port freight yard: its plate is read, it is weighed and matched with the manifest.',
    ),
    contact: companyContact(agencyId, port, t('场站调度室', '場站調度室', 'Yard control room'), '0755-0000-5566'),
    documents: [],
    outputs: [t('过磅记录', '過磅記錄', 'Weighbridge record')],
    timing: { limitMinutes: 30, counterMinutes: 5, waitingMinutes: 15, untilNextMinutes: 10 },
    cost: fee.amount > 0 ? fixed(fee.amount, 'vehicle', fee.feeIds) : FREE,
    legalBasis: [],
    ...flags(),
  };
}

export function borderCheckStep(port: PortId): ClearanceStep {
  return {
    id: 'border-check',
    agencyId: 'border-inspection',
    title: t('边检查验', '邊檢查驗', 'Border inspection of driver and vehicle'),
    description: t(
      '边检在货检通道查验司机证件和车辆，自助通道可“刷证”通关。',
      '邊檢在貨檢通道查驗司機證件和車輛，自助通道可「刷證」通關。',
      'Border inspection checks the driver’s documents and the vehicle in the freight lane; self-service lanes take a card scan.',
    ),
    contact: borderContact(port),
    documents: [],
    outputs: [t('出入境验讫', '出入境驗訖', 'Exit or entry stamp (electronic)')],
    timing: { limitMinutes: 15, counterMinutes: 2, waitingMinutes: 10, untilNextMinutes: 0 },
    cost: FREE,
    legalBasis: [LAW.border],
    ...flags({ parallel: true }),
  };
}

export function oneStopCheckStep(port: PortId): ClearanceStep {
  return {
    id: 'one-stop-check',
    agencyId: 'shenzhen-customs',
    title: t('“一站式”合作查验、一次放行', '「一站式」合作查驗、一次放行', 'One-stop joint check and single release'),
    description: t(
      '海关与边检共享信息，在同一通道一次停车完成对货物、车辆和司机的查验，一次放行。',
      '海關與邊檢共享信息，在同一通道一次停車完成對貨物、車輛和司機的查驗，一次放行。',
      'Customs and border inspection share data and check the goods, truck and driver at one stop in one lane, and release once.',
    ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('一次放行信息', '一次放行信息', 'Single release')],
    timing: { limitMinutes: 20, counterMinutes: 3, waitingMinutes: 8, untilNextMinutes: 0 },
    cost: FREE,
    legalBasis: [LAW.shenzhenPlan, LAW.border],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags(),
  };
}

export function farmRegistrationStep(port: PortId): ClearanceStep {
  return {
    id: 'farm-registration',
    agencyId: 'shenzhen-customs',
    title: t('供港澳基地备案', '供港澳基地備案', 'Registration of the supplying farm'),
    description: t(
      '供港澳蔬菜、水果、活禽等的种植、养殖场须在海关备案，接受日常监管。',
      '供港澳蔬菜、水果、活禽等的種植、養殖場須在海關備案，接受日常監管。',
      'Farms growing vegetables or fruit or raising livestock for Hong Kong and Macao are registered with customs and supervised.',
    ),
    contact: customsContact(port),
    documents: [DOC.farmRegistration],
    outputs: [t('备案编号', '備案編號', 'Registration number')],
    timing: { limitMinutes: 20 * 24 * 60, counterMinutes: 30, waitingMinutes: 0, untilNextMinutes: 0 },
    cost: FREE,
    legalBasis: [LAW.vegetablesHkMacao],
    ...flags({
      optional: true,
      condition: t('每个基地办理一次', '每個基地辦理一次', 'Once per farm'),
    }),
  };
}

export function appointmentStep(port: PortId): ClearanceStep {
  return {
    id: 'appointment',
    agencyId: 'shenzhen-customs',
    title: t('预约通关', '預約通關', 'Clearance appointment'),
    description: t(
      '通过单一窗口预约通关时段，海关提前安排查验力量，车辆到达即可办理。',
      '透過單一窗口預約通關時段，海關提前安排查驗力量，車輛到達即可辦理。',
      'Book a clearance slot through the single window; customs plans its staff and the truck is handled on arrival.',
    ),
    contact: customsContact(port),
    documents: [],
    outputs: [t('预约确认', '預約確認', 'Appointment confirmation')],
    timing: { limitMinutes: 30, counterMinutes: 5, waitingMinutes: 0, untilNextMinutes: 0 },
    cost: FREE,
    legalBasis: [LAW.shenzhenPlan],
    onlineServiceUrl: SINGLE_WINDOW,
    ...flags(),
  };
}

export function railBookingStep(): ClearanceStep {
  return {
    ...bookingStep('pingshan-rail'),
    agencyId: 'pingshan-rail-yard',
    title: t('铁路订舱与进站', '鐵路訂艙與進站', 'Rail booking and entry to the yard'),
    description: t(
      '向铁路场站订舱，重箱按班列计划进站，场站发送运抵报告。',
      '向鐵路場站訂艙，重櫃按班列計劃進站，場站發送運抵報告。',
      'Book the train with the rail yard; laden boxes enter on the train schedule and the yard sends the arrival report.',
    ),
    contact: companyContact('pingshan-rail-yard', 'pingshan-rail', t('班列客服', '班列客服', 'Block train service desk'), '0755-0000-6677'),
    documents: [DOC.railWaybill, DOC.packingList],
    outputs: [t('运抵报告（电子）', '運抵報告（電子）', 'Arrival report (electronic)')],
    cost: fixed(120, 'container', ['fee-rail-transshipment-pingshan']),
  };
}

export function railLoadingStep(): ClearanceStep {
  return {
    ...loadingStep('yantian', 'yict', 0, []),
    agencyId: 'pingshan-rail-yard',
    title: t('装车发运与铁路舱单', '裝車發運與鐵路艙單', 'Loading on the train and rail manifest'),
    description: t(
      '放行后装车，随班列发运，承运人传输铁路舱单。',
      '放行後裝車，隨班列發運，承運人傳輸鐵路艙單。',
      'After release the boxes are loaded and leave with the train; the carrier transmits the rail manifest.',
    ),
    contact: companyContact('pingshan-rail-yard', 'pingshan-rail', t('场站调度室', '場站調度室', 'Yard control room'), '0755-0000-6678'),
    cost: FREE,
  };
}

// ---------------------------------------------------------------------------------------------
// Administrative reconsideration (appeal)

export function appealSteps(): ClearanceStep[] {
  const contact = {
    ...customsContact('yantian'),
    unit: t('深圳海关 法规处（行政复议办公室）', '深圳海關 法規處（行政復議辦公室）', 'Shenzhen Customs, legal affairs division (reconsideration office)'),
    address: t('深圳市福田区', '深圳市福田區', 'Futian District, Shenzhen'),
  };
  const base = { agencyId: 'shenzhen-customs', contact, cost: FREE, onlineServiceUrl: undefined };
  const steps: ClearanceStep[] = [
    {
      ...base,
      id: 'consultation',
      title: t('咨询与沟通', '諮詢與溝通', 'Enquiry and discussion'),
      description: t(
        '对海关决定有疑问，可先拨打 12360 或向作出决定的海关说明情况，很多问题可当场更正。',
        '對海關決定有疑問，可先致電 12360 或向作出決定的海關說明情況，很多問題可當場更正。',
        'If you doubt a customs decision, call 12360 or explain the case to the customs office that took it first; many issues are corrected on the spot.',
      ),
      documents: [],
      outputs: [t('答复意见', '答覆意見', 'Reply')],
      timing: { counterMinutes: 30, waitingMinutes: 0, untilNextMinutes: 3 * 24 * 60 },
      legalBasis: [LAW.customs],
      ...flags({ optional: true }),
    },
    {
      ...base,
      id: 'review-application',
      title: t('提出行政复议申请', '提出行政復議申請', 'Applying for administrative reconsideration'),
      description: t(
        '自知道海关行政行为之日起 60 日内，向作出决定海关的上一级海关提出申请（对深圳海关的决定向海关总署申请）。',
        '自知道海關行政行為之日起 60 日內，向作出決定海關的上一級海關提出申請（對深圳海關的決定向海關總署申請）。',
        'Within 60 days of learning of the decision, apply to the customs office one level above the one that decided (for decisions of Shenzhen Customs itself: the General Administration of Customs).',
      ),
      documents: [DOC.reviewApplication, DOC.contestedDecision, DOC.applicantId],
      outputs: [t('申请收件回执', '申請收件回執', 'Receipt of the application')],
      timing: { limitMinutes: 60 * 24 * 60, counterMinutes: 30, waitingMinutes: 15, untilNextMinutes: 0 },
      legalBasis: [LAW.review, LAW.customsReview],
      ...flags(),
    },
    {
      ...base,
      id: 'review-acceptance',
      title: t('受理审查', '受理審查', 'Acceptance'),
      description: t(
        '复议机关自收到申请之日起 5 个工作日内决定是否受理，不受理的书面告知理由。',
        '復議機關自收到申請之日起 5 個工作日內決定是否受理，不受理的書面告知理由。',
        'Within 5 working days of receipt the reviewing office decides whether to accept the case and gives written reasons if it does not.',
      ),
      documents: [],
      outputs: [t('受理通知书', '受理通知書', 'Notice of acceptance')],
      timing: { limitMinutes: 7 * 24 * 60, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 5 * 24 * 60 },
      legalBasis: [LAW.review],
      ...flags(),
    },
    {
      ...base,
      id: 'review-decision',
      title: t('作出复议决定', '作出復議決定', 'Reconsideration decision'),
      description: t(
        '自受理之日起 60 日内作出决定（情况复杂的可延长不超过 30 日），维持、变更、撤销或确认违法。',
        '自受理之日起 60 日內作出決定（情況複雜的可延長不超過 30 日），維持、變更、撤銷或確認違法。',
        'The decision comes within 60 days of acceptance (up to 30 more in complex cases): the customs decision is upheld, changed, annulled or declared unlawful.',
      ),
      documents: [],
      outputs: [t('行政复议决定书', '行政復議決定書', 'Reconsideration decision')],
      timing: { limitMinutes: 60 * 24 * 60, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 45 * 24 * 60 },
      legalBasis: [LAW.review, LAW.customsReview],
      ...flags(),
    },
    {
      ...base,
      id: 'litigation',
      title: t('提起行政诉讼', '提起行政訴訟', 'Going to court'),
      description: t(
        '对复议决定不服的，可自收到决定书之日起 15 日内向人民法院提起行政诉讼。',
        '對復議決定不服的，可自收到決定書之日起 15 日內向人民法院提起行政訴訟。',
        'If you disagree with the reconsideration decision, you may sue in the people’s court within 15 days of receiving it.',
      ),
      documents: [],
      outputs: [t('法院立案通知', '法院立案通知', 'Court filing notice')],
      timing: { limitMinutes: 15 * 24 * 60, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 0 },
      legalBasis: [LAW.litigation],
      ...flags({ optional: true }),
    },
  ];
  return steps.map(({ onlineServiceUrl: _none, ...step }) => step);
}

export { fixed as fixedCost, FREE as FREE_COST, flags as stepFlags, h as hours };
