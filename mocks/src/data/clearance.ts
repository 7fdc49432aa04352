import {
  CARGO_CATEGORIES,
  PORT_IDS,
  TRADER_TYPES,
  type CargoCategory,
  type ClearanceProcedure,
  type ClearanceStep,
} from '@sw/contracts';
import { CLEARANCE_AGENCIES, CLEARANCE_BENCHMARKS, t } from './clearanceAgencies.ts';
import {
  DOC,
  appealSteps,
  appointmentStep,
  arrivalReportStep,
  bookingStep,
  borderCheckStep,
  completeDeclarationStep,
  declarationStep,
  farmRegistrationStep,
  fixedCost,
  gateInStep,
  inspectionStep,
  labTestingStep,
  loadingStep,
  manifestStep,
  oneStopCheckStep,
  pickupStep,
  quarantineInspectionStep,
  quarantineTreatmentStep,
  railBookingStep,
  railLoadingStep,
  releaseStep,
  roadManifestStep,
  summaryDeclarationStep,
  taxStep,
  transshipmentDeclarationStep,
  vehicleFilingStep,
  vesselStep,
  yardEntryStep,
} from './clearanceSteps.ts';

export { CLEARANCE_AGENCIES, CLEARANCE_BENCHMARKS };

/** When the demo procedures were first published (version 1). */
export const CLEARANCE_PUBLISHED_AT = '2026-03-02T01:00:00.000Z';

const SOURCE_PLAN =
  'Shenzhen Port Office, implementation plan 深府口〔2019〕32号, measures 10, 17, 31 and 33 (what is published and the variants); times, contacts and amounts are demo values';
const GENERAL: CargoCategory[] = ['general', 'food', 'dangerous-goods', 'ecommerce'];

type Draft = Omit<ClearanceProcedure, 'version' | 'publishedAt' | 'demo' | 'source'>;
const procedure = (p: Draft): ClearanceProcedure => ({
  ...p,
  version: 1,
  publishedAt: CLEARANCE_PUBLISHED_AT,
  demo: true,
  source: SOURCE_PLAN,
});

const yantianInspection = inspectionStep('yantian', {
  cost: fixedCost(200, 'container', ['fee-inspection-lift-yantian', 'fee-inspection-unstuffing-yantian']),
});
const yantianPickup = pickupStep('yantian', 'yict', { thc: 820, feeIds: ['fee-thc-yantian-20', 'fee-thc-yantian-40'] });

/** Import by sea at Yantian: the standard way, advance declaration and two-step declaration. */
const yantianImport: ClearanceProcedure[] = [
  procedure({
    id: 'yantian-sea-import-standard',
    title: t('盐田港海运进口（一般申报）', '鹽田港海運進口（一般申報）', 'Sea import at Yantian (standard declaration)'),
    summary: t(
      '集装箱货物运抵盐田港后申报、缴税、查验（如被布控）、放行和提箱的全流程。',
      '貨櫃貨物運抵鹽田港後申報、繳稅、查驗（如被佈控）、放行和提櫃的全流程。',
      'Containerised goods declared after arrival at Yantian: declaration, duties, inspection if selected, release and pick-up.',
    ),
    modes: ['sea'],
    directions: ['import'],
    variant: 'standard',
    ports: ['yantian'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      manifestStep('yantian', 'import'),
      vesselStep('yantian', 'import'),
      arrivalReportStep('yantian', 'yict'),
      declarationStep('yantian', 'import', { brokerFee: 300, brokerFeeId: 'fee-broker-import-sea' }),
      taxStep('yantian'),
      yantianInspection,
      releaseStep('yantian'),
      yantianPickup,
    ],
  }),
  procedure({
    id: 'yantian-sea-import-advance',
    title: t('盐田港海运进口（提前申报）', '鹽田港海運進口（提前申報）', 'Sea import at Yantian (advance declaration)'),
    summary: t(
      '货物运抵前完成申报和单证审核，未被布控的货物抵港即放行，可船边直提（措施 17）。',
      '貨物運抵前完成申報和單證審核，未被佈控的貨物抵港即放行，可船邊直提（措施 17）。',
      'Declared and reviewed before the goods arrive; goods not selected for inspection are released on arrival and may be lifted at ship side (measure 17).',
    ),
    modes: ['sea'],
    directions: ['import'],
    variant: 'advance-declaration',
    ports: ['yantian'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      manifestStep('yantian', 'import'),
      vesselStep('yantian', 'import'),
      declarationStep('yantian', 'import', { advance: true, brokerFee: 300, brokerFeeId: 'fee-broker-import-sea' }),
      taxStep('yantian', true),
      arrivalReportStep('yantian', 'yict', true),
      yantianInspection,
      releaseStep('yantian', { onArrival: true }),
      pickupStep('yantian', 'yict', { direct: true, thc: 820, feeIds: ['fee-thc-yantian-20', 'fee-thc-yantian-40'] }),
    ],
  }),
  procedure({
    id: 'yantian-sea-import-two-step',
    title: t('盐田港海运进口（两步申报）', '鹽田港海運進口（兩步申報）', 'Sea import at Yantian (two-step declaration)'),
    summary: t(
      '先凭提单信息概要申报提离货物，14 日内再完整申报和缴税。',
      '先憑提單資料概要申報提離貨物，14 日內再完整申報和繳稅。',
      'Take the goods out after a summary declaration from the bill of lading; file the complete declaration and pay within 14 days.',
    ),
    modes: ['sea'],
    directions: ['import'],
    variant: 'two-step',
    ports: ['yantian'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker'],
    steps: [
      manifestStep('yantian', 'import'),
      vesselStep('yantian', 'import'),
      arrivalReportStep('yantian', 'yict'),
      summaryDeclarationStep('yantian'),
      yantianInspection,
      releaseStep('yantian'),
      yantianPickup,
      completeDeclarationStep('yantian'),
    ],
  }),
];

/** Export by sea at Yantian: standard and advance declaration (direct loading on arrival). */
const yantianExport: ClearanceProcedure[] = [
  procedure({
    id: 'yantian-sea-export-standard',
    title: t('盐田港海运出口（一般申报）', '鹽田港海運出口（一般申報）', 'Sea export at Yantian (standard declaration)'),
    summary: t(
      '订舱、重箱进港、出口申报、查验（如被布控）、放行和装船。',
      '訂艙、重櫃進港、出口申報、查驗（如被佈控）、放行和裝船。',
      'Booking, laden gate-in, export declaration, inspection if selected, release and loading.',
    ),
    modes: ['sea'],
    directions: ['export'],
    variant: 'standard',
    ports: ['yantian'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      bookingStep('yantian'),
      manifestStep('yantian', 'export'),
      gateInStep('yantian', 'yict'),
      declarationStep('yantian', 'export', { brokerFee: 200, brokerFeeId: 'fee-broker-export-sea' }),
      yantianInspection,
      releaseStep('yantian'),
      loadingStep('yantian', 'yict', 820, ['fee-thc-yantian-20', 'fee-thc-yantian-40']),
      vesselStep('yantian', 'export'),
    ],
  }),
  procedure({
    id: 'yantian-sea-export-advance',
    title: t('盐田港海运出口（提前申报、抵港直装）', '鹽田港海運出口（提前申報、抵港直裝）', 'Sea export at Yantian (advance declaration, direct loading)'),
    summary: t(
      '进港前申报，放行后重箱抵港直接装船，不落场等待。',
      '進港前申報，放行後重櫃抵港直接裝船，不落場等待。',
      'Declare before gate-in; once released, laden boxes go straight to the ship on arrival.',
    ),
    modes: ['sea'],
    directions: ['export'],
    variant: 'advance-declaration',
    ports: ['yantian'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      bookingStep('yantian'),
      manifestStep('yantian', 'export'),
      declarationStep('yantian', 'export', { advance: true, brokerFee: 200, brokerFeeId: 'fee-broker-export-sea' }),
      releaseStep('yantian', { onArrival: true }),
      gateInStep('yantian', 'yict', true),
      yantianInspection,
      loadingStep('yantian', 'yict', 820, ['fee-thc-yantian-20', 'fee-thc-yantian-40']),
      vesselStep('yantian', 'export'),
    ],
  }),
];

const transshipment = procedure({
  id: 'yantian-sea-transshipment',
  title: t('盐田港国际中转', '鹽田港國際中轉', 'International transshipment at Yantian'),
  summary: t(
    '外贸集装箱在盐田港换装他船继续运输，在海关监管下中转，不办理进出口报关。',
    '外貿貨櫃在鹽田港換裝他船繼續運輸，在海關監管下中轉，不辦理進出口報關。',
    'Foreign-trade containers change vessels at Yantian under customs control, without import or export clearance.',
  ),
  modes: ['sea'],
  directions: ['transit'],
  variant: 'standard',
  ports: ['yantian'],
  cargo: ['general', 'food', 'dangerous-goods'],
  traderTypes: ['carrier', 'forwarder'],
  steps: [
    manifestStep('yantian', 'import'),
    vesselStep('yantian', 'import'),
    arrivalReportStep('yantian', 'yict'),
    transshipmentDeclarationStep('yantian'),
    yantianInspection,
    releaseStep('yantian'),
    loadingStep('yantian', 'yict', 820, ['fee-thc-yantian-20', 'fee-thc-yantian-40']),
    vesselStep('yantian', 'export'),
  ],
});

const shekouFood = procedure({
  id: 'shekou-sea-import-food-quarantine',
  title: t('蛇口港进口食品（检验检疫）', '蛇口港進口食品（檢驗檢疫）', 'Food imports at Shekou (inspection and quarantine)'),
  summary: t(
    '进口食品须经现场检验检疫和抽样检测，合格后放行。',
    '進口食品須經現場檢驗檢疫和抽樣檢測，合格後放行。',
    'Imported food is inspected, quarantined and sampled on site, and released once compliant.',
  ),
  modes: ['sea'],
  directions: ['import'],
  variant: 'inspection-quarantine',
  ports: ['shekou'],
  cargo: ['food'],
  traderTypes: ['trader', 'customs-broker'],
  steps: [
    manifestStep('shekou', 'import'),
    vesselStep('shekou', 'import'),
    arrivalReportStep('shekou', 'sct'),
    declarationStep('shekou', 'import', {
      brokerFee: 300,
      brokerFeeId: 'fee-broker-import-sea',
      extraDocuments: [DOC.healthCertificate],
    }),
    taxStep('shekou'),
    quarantineInspectionStep('shekou', fixedCost(180, 'container', ['fee-inspection-move-shekou'])),
    labTestingStep('shekou'),
    quarantineTreatmentStep('shekou'),
    releaseStep('shekou'),
    pickupStep('shekou', 'sct', { thc: 790, feeIds: ['fee-thc-shekou-20', 'fee-thc-shekou-40'] }),
  ],
});

const airCargo = (direct: boolean): ClearanceStep => ({
  ...arrivalReportStep('baoan-airport', 'yict', direct),
  agencyId: 'baoan-cargo',
  title: t('进港理货与航空舱单', '進港理貨與航空艙單', 'Arrival, tally and air manifest'),
  description: t(
    '航班落地后货运站理货入库，航空公司或其地面代理传输进港舱单和理货报告。',
    '航班落地後貨運站理貨入庫，航空公司或其地面代理傳輸進港艙單和理貨報告。',
    'After landing the cargo terminal tallies and stores the shipment; the airline or its handler transmits the arrival manifest and tally report.',
  ),
  contact: {
    unit: t('货运站进港服务台', '貨運站進港服務台', 'Import service counter'),
    phone: '0755-0000-7788',
    address: t('深圳市宝安区宝安国际机场货运区', '深圳市寶安區寶安國際機場貨運區', 'Cargo area, Bao’an International Airport, Shenzhen'),
    openingHours: t('7×24 小时', '7×24 小時', '24 hours a day, 7 days a week'),
  },
  documents: [DOC.airWaybill],
  timing: direct
    ? { limitMinutes: 180, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 60 }
    : { limitMinutes: 360, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 180 },
});

const airPickup = (): ClearanceStep => ({
  ...pickupStep('shekou', 'sct', { thc: 50, feeIds: ['fee-air-waybill', 'fee-storage-air-import'] }),
  agencyId: 'baoan-cargo',
  title: t('货运站提货', '貨運站提貨', 'Collecting the goods at the cargo terminal'),
  description: t(
    '凭放行信息和提货单在货运站提货，结清仓储和操作费用。',
    '憑放行信息和提貨單在貨運站提貨，結清倉儲和操作費用。',
    'Collect the goods at the cargo terminal with the release and the delivery order, paying storage and handling.',
  ),
  contact: {
    unit: t('货运站提货大厅', '貨運站提貨大廳', 'Collection hall'),
    phone: '0755-0000-7789',
    address: t('深圳市宝安区宝安国际机场货运区', '深圳市寶安區寶安國際機場貨運區', 'Cargo area, Bao’an International Airport, Shenzhen'),
    openingHours: t('7×24 小时', '7×24 小時', '24 hours a day, 7 days a week'),
  },
  documents: [DOC.deliveryOrder],
  cost: fixedCost(50, 'shipment', ['fee-air-waybill', 'fee-storage-air-import']),
});

const airInspection = inspectionStep('baoan-airport', { cost: { kind: 'free' } });

const baoanImport: ClearanceProcedure[] = [
  procedure({
    id: 'baoan-air-import-standard',
    title: t('宝安机场航空进口（一般申报）', '寶安機場航空進口（一般申報）', "Air import at Bao'an Airport (standard declaration)"),
    summary: t(
      '航空货物落地理货后申报、缴税、查验（如被布控）、放行和提货。',
      '航空貨物落地理貨後申報、繳稅、查驗（如被佈控）、放行和提貨。',
      'Air cargo declared after landing and tally: declaration, duties, inspection if selected, release and collection.',
    ),
    modes: ['air'],
    directions: ['import'],
    variant: 'standard',
    ports: ['baoan-airport'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      airCargo(false),
      declarationStep('baoan-airport', 'import', { brokerFee: 180, brokerFeeId: 'fee-broker-air' }),
      taxStep('baoan-airport'),
      airInspection,
      releaseStep('baoan-airport'),
      airPickup(),
    ],
  }),
  procedure({
    id: 'baoan-air-import-advance',
    title: t('宝安机场航空进口（提前申报）', '寶安機場航空進口（提前申報）', "Air import at Bao'an Airport (advance declaration)"),
    summary: t(
      '航班落地前申报，理货后未被布控的货物即放行。',
      '航班落地前申報，理貨後未被佈控的貨物即放行。',
      'Declared before the flight lands; goods not selected for inspection are released right after tally.',
    ),
    modes: ['air'],
    directions: ['import'],
    variant: 'advance-declaration',
    ports: ['baoan-airport'],
    cargo: GENERAL,
    traderTypes: ['trader', 'customs-broker', 'forwarder'],
    steps: [
      declarationStep('baoan-airport', 'import', { advance: true, brokerFee: 180, brokerFeeId: 'fee-broker-air' }),
      taxStep('baoan-airport', true),
      airCargo(true),
      airInspection,
      releaseStep('baoan-airport', { onArrival: true }),
      airPickup(),
    ],
  }),
];

const huanggangInspection = inspectionStep('huanggang', {
  cost: fixedCost(200, 'vehicle', ['fee-inspection-platform-huanggang']),
});

const roadExport: ClearanceProcedure[] = [
  procedure({
    id: 'huanggang-road-export-standard',
    title: t('皇岗口岸公路出口（一般申报）', '皇崗口岸公路出口（一般申報）', 'Road export at Huanggang (standard declaration)'),
    summary: t(
      '粤港跨境货车经皇岗口岸出口至香港：舱单、报关、场站、查验（如被布控）、放行与边检。',
      '粵港跨境貨車經皇崗口岸出口至香港：艙單、報關、場站、查驗（如被佈控）、放行與邊檢。',
      'Cross-border trucks exporting to Hong Kong through Huanggang: manifest, declaration, yard, inspection if selected, release and border check.',
    ),
    modes: ['road'],
    directions: ['export'],
    variant: 'standard',
    ports: ['huanggang'],
    cargo: [...GENERAL, 'fresh-produce'],
    traderTypes: ['trader', 'customs-broker', 'carrier'],
    steps: [
      vehicleFilingStep('huanggang'),
      roadManifestStep('huanggang'),
      declarationStep('huanggang', 'export', { brokerFee: 150, brokerFeeId: 'fee-broker-road' }),
      yardEntryStep('huanggang', 'huanggang-yard', { amount: 20, feeIds: ['fee-weighbridge-huanggang'] }),
      huanggangInspection,
      releaseStep('huanggang'),
      borderCheckStep('huanggang'),
    ],
  }),
  procedure({
    id: 'shenzhen-bay-road-export-one-stop',
    title: t(
      '深圳湾口岸公路出口（“一站式”通关）',
      '深圳灣口岸公路出口（「一站式」通關）',
      'Road export at Shenzhen Bay ("one-stop" clearance)',
    ),
    summary: t(
      '海关与边检合作查验、一次放行，货车一次停车完成出境手续（措施 31）。',
      '海關與邊檢合作查驗、一次放行，貨車一次停車完成出境手續（措施 31）。',
      'Customs and border inspection check together and release once: the truck stops once to leave (measure 31).',
    ),
    modes: ['road'],
    directions: ['export'],
    variant: 'cooperative-inspection',
    ports: ['shenzhen-bay'],
    cargo: [...GENERAL, 'fresh-produce'],
    traderTypes: ['trader', 'customs-broker', 'carrier'],
    steps: [
      vehicleFilingStep('shenzhen-bay'),
      roadManifestStep('shenzhen-bay'),
      declarationStep('shenzhen-bay', 'export', { brokerFee: 150, brokerFeeId: 'fee-broker-road' }),
      yardEntryStep('shenzhen-bay', 'shenzhen-bay-yard', { amount: 80, feeIds: ['fee-yard-service-shenzhen-bay'] }),
      inspectionStep('shenzhen-bay', { cost: { kind: 'free' } }),
      oneStopCheckStep('shenzhen-bay'),
    ],
  }),
];

const greenChannel = procedure({
  id: 'fresh-produce-hk-green-channel',
  title: t(
    '供港澳鲜活产品“绿色通道”（公路出口）',
    '供港澳鮮活產品「綠色通道」（公路出口）',
    'Green channel for fresh produce to Hong Kong and Macao (road export)',
  ),
  summary: t(
    '预约候检、优先查验、优先检测、快速验放，经文锦渡或皇岗口岸供应香港（措施 33）。',
    '預約候檢、優先查驗、優先檢測、快速驗放，經文錦渡或皇崗口岸供應香港（措施 33）。',
    'Appointment, priority inspection and testing, fast release, through Wenjindu or Huanggang to Hong Kong (measure 33).',
  ),
  modes: ['road'],
  directions: ['export'],
  variant: 'green-channel',
  ports: ['wenjindu', 'huanggang'],
  cargo: ['fresh-produce'],
  traderTypes: ['trader', 'customs-broker', 'carrier'],
  steps: [
    farmRegistrationStep('wenjindu'),
    appointmentStep('wenjindu'),
    roadManifestStep('wenjindu'),
    declarationStep('wenjindu', 'export', {
      advance: true,
      brokerFee: 150,
      brokerFeeId: 'fee-broker-road',
      extraDocuments: [DOC.quarantineCertificate, DOC.farmRegistration],
    }),
    yardEntryStep('wenjindu', 'wenjindu-yard', { amount: 0, feeIds: [] }),
    inspectionStep('wenjindu', { cost: { kind: 'free' }, priority: true }),
    releaseStep('wenjindu', { fast: true }),
    borderCheckStep('wenjindu'),
  ],
});

const railExport = procedure({
  id: 'pingshan-rail-export-standard',
  title: t('坪山铁路口岸出口（一般申报）', '坪山鐵路口岸出口（一般申報）', 'Rail export at Pingshan (standard declaration)'),
  summary: t(
    '集装箱经坪山铁路口岸随班列出口：订舱进站、申报、查验（如被布控）、放行和装车发运。',
    '貨櫃經坪山鐵路口岸隨班列出口：訂艙進站、申報、查驗（如被佈控）、放行和裝車發運。',
    'Containers leaving by block train from Pingshan: booking and yard entry, declaration, inspection if selected, release and loading.',
  ),
  modes: ['rail'],
  directions: ['export'],
  variant: 'standard',
  ports: ['pingshan-rail'],
  cargo: ['general', 'ecommerce'],
  traderTypes: ['trader', 'customs-broker', 'forwarder'],
  steps: [
    railBookingStep(),
    declarationStep('pingshan-rail', 'export', { brokerFee: 200, brokerFeeId: 'fee-broker-export-sea' }),
    inspectionStep('pingshan-rail', { cost: { kind: 'free' } }),
    releaseStep('pingshan-rail'),
    railLoadingStep(),
  ],
});

const appeal = procedure({
  id: 'customs-administrative-review',
  title: t('对海关决定申请行政复议', '對海關決定申請行政復議', 'Appealing a customs decision (administrative reconsideration)'),
  summary: t(
    '对海关的征税、处罚、查验结果等决定不服时，申请复议和提起诉讼的途径与时限。',
    '對海關的徵稅、處罰、查驗結果等決定不服時，申請復議和提起訴訟的途徑與時限。',
    'How and by when to contest a customs decision on duties, penalties or inspection results: reconsideration, then court.',
  ),
  modes: ['sea', 'air', 'road', 'rail'],
  directions: ['import', 'export', 'transit'],
  variant: 'appeal',
  ports: [...PORT_IDS],
  cargo: [...CARGO_CATEGORIES],
  traderTypes: [...TRADER_TYPES],
  steps: appealSteps(),
});

/** Every published procedure at version 1, in the order the guide lists them. */
export const CLEARANCE_PROCEDURES: ClearanceProcedure[] = [
  ...yantianImport,
  ...yantianExport,
  transshipment,
  shekouFood,
  ...baoanImport,
  ...roadExport,
  greenChannel,
  railExport,
  appeal,
];

export function clearanceProcedureById(id: string): ClearanceProcedure | undefined {
  return CLEARANCE_PROCEDURES.find((p) => p.id === id);
}
