import type { ClockStart, LocalizedText, ServiceOperation, StandardVersion, TimeUnit } from '@sw/contracts';

/**
 * Published time-limit standards of Shenzhen's container terminals, every version kept.
 *
 * No Shenzhen terminal's own time-limit table was found in a public source, so every limit,
 * commitment and date here is an illustrative demo value (`demo: true`). They follow the format and
 * the order of magnitude of a real publication, Shidao New Port's table (FACTS.md: berthing 1 h at
 * 99%; tally report within 5 min of completion; moving a box to the inspection platform 30 min;
 * unstuffing 2 h for 20' / 3 h for 40'; pick-up paperwork 2 min per box; yard pick-up 30 min per
 * box). Conditions that cite Yantian's gate-slot and export-receipt practice use the 2021 figures
 * in FACTS.md.
 *
 * The demo set is built to show each state of the coverage board: YICT, SCT and CCT published all
 * four required standards by the deadline (2019-06-30), MCT published its last one late, and DCB
 * has still not published its cargo pick-up standard.
 */

const t = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

const FORCE_MAJEURE = t(
  '遇台风黄色及以上预警、暴雨、大雾等恶劣天气，海关等口岸查验单位布控或扣留，码头生产系统或供电故障，以及其他不可抗力时，时限相应顺延，当次作业不计入承诺。',
  '遇颱風黃色或以上預警、暴雨、大霧等惡劣天氣，海關等口岸查驗單位布控或扣留，碼頭生產系統或供電故障，以及其他不可抗力時，時限相應順延，當次作業不計入承諾。',
  'In typhoon (yellow warning or higher), rainstorm or fog conditions, while customs or another inspection agency holds the container, during a failure of the terminal operating system or power supply, or in any other force majeure, the limit is extended accordingly and the operation does not count toward the commitment.',
);

const PROCESS: Record<ServiceOperation, LocalizedText> = {
  'in-yard-transfer': t(
    '按货方或查验单位指令，将集装箱在码头堆场内由原箱位转运至指定箱区（查验区、熏蒸区、冷藏区等），并在系统中更新箱位。',
    '按貨方或查驗單位指令，將集裝箱在碼頭堆場內由原箱位轉運至指定箱區（查驗區、熏蒸區、冷藏區等），並在系統中更新箱位。',
    "On the instruction of the cargo side or an inspection agency, the container is moved within the terminal yard from its slot to the designated area (inspection, fumigation, reefer...), and its new position is recorded in the terminal's system.",
  ),
  'lifting-shifting': t(
    '为查验、掏箱或装车需要，使用场桥或正面吊将集装箱从箱堆中吊出，翻倒压在其上的箱子，并移位至作业位置。',
    '為查驗、掏箱或裝車需要，使用場橋或正面吊將集裝箱從箱堆中吊出，翻倒壓在其上的箱子，並移位至作業位置。',
    'For an inspection, unstuffing or loading onto a truck, the container is lifted out of its stack with a yard crane or reach stacker, the boxes above it re-handled, and shifted to the working position.',
  ),
  unstuffing: t(
    '集装箱到达掏箱区后，组织人力和叉车将箱内货物卸出、理货并交付或入库，作业完成后签发掏箱单证。',
    '集裝箱到達掏箱區後，組織人力和叉車將箱內貨物卸出、理貨並交付或入庫，作業完成後簽發掏箱單證。',
    'Once the container is at the unstuffing area, staff and forklifts take the cargo out, tally it and hand it over or store it; the unstuffing documents are issued when done.',
  ),
  'cargo-pickup': t(
    '货方车辆凭提箱预约和放行信息进闸，码头核验后安排场桥发箱装车，车辆出闸完成提箱。',
    '貨方車輛憑提箱預約和放行資料進閘，碼頭核驗後安排場橋發箱裝車，車輛出閘完成提箱。',
    "The cargo owner's truck enters the gate with its pick-up appointment and release; the terminal checks them, a yard crane loads the container, and the truck leaves the gate with it.",
  ),
  'vessel-berthing': t(
    '船舶按计划抵港后，安排泊位、引航和拖轮，完成靠泊系缆。',
    '船舶按計劃抵港後，安排泊位、引航和拖輪，完成靠泊繫纜。',
    'When a vessel arrives as scheduled, the terminal assigns the berth, pilotage and tugs, and the vessel is berthed and made fast.',
  ),
  'inspection-move': t(
    '收到海关查验指令后，将集装箱移至查验平台并就位，通知查验单位。',
    '收到海關查驗指令後，將集裝箱移至查驗平台並就位，通知查驗單位。',
    'On a customs inspection order, the container is moved to the inspection platform and set in place, and the inspecting agency is told.',
  ),
  'tally-report': t(
    '船舶装卸作业完成后，出具理货报告并发送船方和货方。',
    '船舶裝卸作業完成後，出具理貨報告並發送船方和貨方。',
    "When the vessel's loading and discharge are complete, the tally report is issued and sent to the ship and cargo sides.",
  ),
  'pickup-paperwork': t(
    '货方单证齐全后，在服务窗口或网上办理提箱、收箱手续。',
    '貨方單證齊全後，在服務窗口或網上辦理提箱、收箱手續。',
    "Once the cargo side's documents are complete, the pick-up or receipt formalities are done at the counter or online.",
  ),
  'export-receipt': t(
    '出口重箱凭预约进闸，码头核验后卸车落场，系统确认收箱。',
    '出口重箱憑預約進閘，碼頭核驗後卸車落場，系統確認收箱。',
    'Laden export containers enter the gate by appointment; the terminal checks them, lifts them off the truck, grounds them in the yard and confirms receipt in the system.',
  ),
};

// Conditions, worded per case (the figures in them belong to the limit they qualify).
const C = {
  transferBooked: t(
    '指令经单一窗口或码头网上营业厅提交，目的箱区有空位。',
    '指令經單一窗口或碼頭網上營業廳提交，目的箱區有空位。',
    'The instruction is sent through the single window or the terminal’s online service hall, and the destination area has space.',
  ),
  transferAutomated: t(
    '指令经单一窗口或码头网上营业厅提交；自动化堆场由系统调度，无需人工派工。',
    '指令經單一窗口或碼頭網上營業廳提交；自動化堆場由系統調度，無需人工派工。',
    'The instruction is sent through the single window or the terminal’s online service hall; the automated yard dispatches the move itself, with no manual job assignment.',
  ),
  liftingStack: t(
    '目标箱上方压箱不超过 3 层；超过时每多一层顺延 10 分钟。',
    '目標箱上方壓箱不超過 3 層；超過時每多一層順延 10 分鐘。',
    'At most 3 boxes stacked above the target box; each further tier adds 10 minutes.',
  ),
  unstuffingSizes: (feu40Hours: number) =>
    t(
      `以 20 英尺箱计；40 英尺箱时限为 ${feu40Hours} 小时。需提前预约，货物放行信息已到达。`,
      `以 20 英尺箱計；40 英尺箱時限為 ${feu40Hours} 小時。需提前預約，貨物放行資料已到達。`,
      `For a 20' container; a 40' container takes up to ${feu40Hours} hours. Booked in advance, with the cargo's release received.`,
    ),
  pickupSlots: t(
    '车辆在预约时段内到闸（时段为 00–06、06–12、12–18、18–24 时），放行信息已到达。',
    '車輛在預約時段內到閘（時段為 00–06、06–12、12–18、18–24 時），放行資料已到達。',
    'The truck arrives within its booked gate slot (slots 00–06, 06–12, 12–18, 18–24), with the release received.',
  ),
  pickupGate: t(
    '车辆已预约并在预约当日到闸，放行信息已到达，箱子不在查验或扣留状态。',
    '車輛已預約並在預約當日到閘，放行資料已到達，箱子不在查驗或扣留狀態。',
    'The truck is booked and arrives on its booked day, the release has been received, and the box is not under inspection or hold.',
  ),
  berthing: t(
    '船舶在确认的靠泊窗口内抵达，泊位和引航已安排。',
    '船舶在確認的靠泊窗口內抵達，泊位和引航已安排。',
    'The vessel arrives within its confirmed berthing window, with berth and pilotage arranged.',
  ),
  inspection: t(
    '查验指令经单一窗口推送，查验平台有空位。',
    '查驗指令經單一窗口推送，查驗平台有空位。',
    'The inspection order arrives through the single window and a platform is free.',
  ),
  tally: t(
    '以电子报告发送，整船作业完成为准。',
    '以電子報告發送，以整船作業完成為準。',
    'Sent as an electronic report; counted from completion of the whole vessel’s operations.',
  ),
  paperwork: t('按每个集装箱计。', '按每個集裝箱計。', 'Per container.'),
  exportWindow: t(
    '出口重箱自船舶靠泊前 7 天起接收；车辆在预约时段内到闸。',
    '出口重箱自船舶靠泊前 7 天起接收；車輛在預約時段內到閘。',
    'Laden export boxes are accepted from 7 days before the vessel berths; the truck arrives within its booked slot.',
  ),
};

interface VersionDef {
  terminal: string;
  operation: ServiceOperation;
  version?: number;
  limit: [value: number, unit: TimeUnit];
  clock: ClockStart;
  commitment: number;
  conditions: LocalizedText;
  publishedAt: string;
  effectiveFrom: string;
  changeNote?: LocalizedText;
}

function version(def: VersionDef): StandardVersion {
  return {
    terminalId: def.terminal,
    operation: def.operation,
    process: PROCESS[def.operation],
    timeLimit: { value: def.limit[0], unit: def.limit[1] },
    clockStart: def.clock,
    commitmentPercent: def.commitment,
    conditions: def.conditions,
    forceMajeure: FORCE_MAJEURE,
    effectiveFrom: def.effectiveFrom,
    version: def.version ?? 1,
    publishedAt: def.publishedAt,
    ...(def.changeNote ? { changeNote: def.changeNote } : {}),
    demo: true,
  };
}

const YICT_2019 = { publishedAt: '2019-05-28T10:00:00+08:00', effectiveFrom: '2019-06-01' };
const SCT_2019 = { publishedAt: '2019-06-20T15:00:00+08:00', effectiveFrom: '2019-07-01' };
const CCT_2019 = { publishedAt: '2019-06-28T09:30:00+08:00', effectiveFrom: '2019-07-01' };
const MCT_2019 = { publishedAt: '2019-06-25T11:00:00+08:00', effectiveFrom: '2019-07-01' };
const DCB_2019 = { publishedAt: '2019-08-05T10:00:00+08:00', effectiveFrom: '2019-08-15' };

export const STANDARD_VERSIONS: StandardVersion[] = [
  // YICT: complete on time; pick-up shortened in 2021 and again from 2027 (scheduled).
  version({
    terminal: 'yict',
    operation: 'in-yard-transfer',
    limit: [2, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.transferBooked,
    ...YICT_2019,
  }),
  version({
    terminal: 'yict',
    operation: 'lifting-shifting',
    limit: [30, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 95,
    conditions: C.liftingStack,
    ...YICT_2019,
  }),
  version({
    terminal: 'yict',
    operation: 'unstuffing',
    limit: [2, 'hours'],
    clock: 'appointment-slot-start',
    commitment: 95,
    conditions: C.unstuffingSizes(3),
    ...YICT_2019,
  }),
  version({
    terminal: 'yict',
    operation: 'cargo-pickup',
    limit: [45, 'minutes'],
    clock: 'gate-in',
    commitment: 90,
    conditions: C.pickupGate,
    ...YICT_2019,
  }),
  version({
    terminal: 'yict',
    operation: 'cargo-pickup',
    version: 2,
    limit: [30, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.pickupSlots,
    publishedAt: '2021-06-15T10:00:00+08:00',
    effectiveFrom: '2021-07-01',
    changeNote: t(
      '预约提箱时段（00–06、06–12、12–18、18–24 时）上线：时限由 45 分钟缩短至 30 分钟，承诺比例提高至 95%。',
      '預約提箱時段（00–06、06–12、12–18、18–24 時）上線：時限由 45 分鐘縮短至 30 分鐘，承諾比例提高至 95%。',
      'Gate slots booked in advance (00–06, 06–12, 12–18, 18–24): limit cut from 45 to 30 minutes, commitment raised to 95%.',
    ),
  }),
  version({
    terminal: 'yict',
    operation: 'cargo-pickup',
    version: 3,
    limit: [25, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.pickupSlots,
    publishedAt: '2026-11-10T10:00:00+08:00',
    effectiveFrom: '2027-01-01',
    changeNote: t(
      '自动化闸口投入使用：自 2027 年 1 月 1 日起时限由 30 分钟缩短至 25 分钟。',
      '自動化閘口投入使用：自 2027 年 1 月 1 日起時限由 30 分鐘縮短至 25 分鐘。',
      'Automated gate lanes in service: limit cut from 30 to 25 minutes from 1 January 2027.',
    ),
  }),
  version({
    terminal: 'yict',
    operation: 'vessel-berthing',
    limit: [1, 'hours'],
    clock: 'vessel-arrived',
    commitment: 99,
    conditions: C.berthing,
    ...YICT_2019,
  }),
  version({
    terminal: 'yict',
    operation: 'export-receipt',
    limit: [30, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.exportWindow,
    publishedAt: '2021-06-15T10:00:00+08:00',
    effectiveFrom: '2021-07-01',
  }),

  // SCT: complete on time; unstuffing improved in 2022.
  version({
    terminal: 'sct',
    operation: 'in-yard-transfer',
    limit: [2, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.transferBooked,
    ...SCT_2019,
  }),
  version({
    terminal: 'sct',
    operation: 'lifting-shifting',
    limit: [40, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 95,
    conditions: C.liftingStack,
    ...SCT_2019,
  }),
  version({
    terminal: 'sct',
    operation: 'unstuffing',
    limit: [3, 'hours'],
    clock: 'instruction-received',
    commitment: 90,
    conditions: C.unstuffingSizes(4),
    ...SCT_2019,
  }),
  version({
    terminal: 'sct',
    operation: 'unstuffing',
    version: 2,
    limit: [2, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.unstuffingSizes(3),
    publishedAt: '2022-03-18T16:00:00+08:00',
    effectiveFrom: '2022-04-01',
    changeNote: t(
      '第二个掏箱仓库启用：20 英尺箱时限由 3 小时缩短至 2 小时，40 英尺箱由 4 小时缩短至 3 小时。',
      '第二個掏箱倉庫啟用：20 英尺箱時限由 3 小時縮短至 2 小時，40 英尺箱由 4 小時縮短至 3 小時。',
      'Second unstuffing shed opened: 20-foot limit cut from 3 to 2 hours, 40-foot from 4 to 3 hours.',
    ),
  }),
  version({
    terminal: 'sct',
    operation: 'cargo-pickup',
    limit: [40, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.pickupGate,
    ...SCT_2019,
  }),
  version({
    terminal: 'sct',
    operation: 'tally-report',
    limit: [5, 'minutes'],
    clock: 'vessel-operations-complete',
    commitment: 98,
    conditions: C.tally,
    ...SCT_2019,
  }),
  version({
    terminal: 'sct',
    operation: 'inspection-move',
    limit: [30, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 95,
    conditions: C.inspection,
    ...SCT_2019,
  }),

  // CCT: complete on time (two days before the deadline); lifting commitment raised in 2023.
  version({
    terminal: 'cct',
    operation: 'in-yard-transfer',
    limit: [2.5, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.transferBooked,
    ...CCT_2019,
  }),
  version({
    terminal: 'cct',
    operation: 'lifting-shifting',
    limit: [45, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 92,
    conditions: C.liftingStack,
    ...CCT_2019,
  }),
  version({
    terminal: 'cct',
    operation: 'lifting-shifting',
    version: 2,
    limit: [45, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 95,
    conditions: C.liftingStack,
    publishedAt: '2023-02-20T09:00:00+08:00',
    effectiveFrom: '2023-03-01',
    changeNote: t(
      '查验区增配两台正面吊：承诺比例由 92% 提高至 95%。',
      '查驗區增配兩台正面吊：承諾比例由 92% 提高至 95%。',
      'Two more reach stackers in the inspection area: commitment raised from 92% to 95%.',
    ),
  }),
  version({
    terminal: 'cct',
    operation: 'unstuffing',
    limit: [2.5, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.unstuffingSizes(3.5),
    ...CCT_2019,
  }),
  version({
    terminal: 'cct',
    operation: 'cargo-pickup',
    limit: [45, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.pickupGate,
    ...CCT_2019,
  }),
  version({
    terminal: 'cct',
    operation: 'pickup-paperwork',
    limit: [2, 'minutes'],
    clock: 'documents-complete',
    commitment: 98,
    conditions: C.paperwork,
    ...CCT_2019,
  }),

  // MCT: three standards by the deadline, in-yard transfer late; automation cut it again in 2021.
  version({
    terminal: 'mct',
    operation: 'in-yard-transfer',
    limit: [2, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.transferBooked,
    publishedAt: '2019-09-16T10:00:00+08:00',
    effectiveFrom: '2019-10-01',
  }),
  version({
    terminal: 'mct',
    operation: 'in-yard-transfer',
    version: 2,
    limit: [1.5, 'hours'],
    clock: 'instruction-received',
    commitment: 96,
    conditions: C.transferAutomated,
    publishedAt: '2021-10-25T10:00:00+08:00',
    effectiveFrom: '2021-11-01',
    changeNote: t(
      '自动化堆场投入使用：时限由 2 小时缩短至 1.5 小时，承诺比例提高至 96%。',
      '自動化堆場投入使用：時限由 2 小時縮短至 1.5 小時，承諾比例提高至 96%。',
      'Automated yard in service: limit cut from 2 to 1.5 hours, commitment raised to 96%.',
    ),
  }),
  version({
    terminal: 'mct',
    operation: 'lifting-shifting',
    limit: [30, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 95,
    conditions: C.liftingStack,
    ...MCT_2019,
  }),
  version({
    terminal: 'mct',
    operation: 'unstuffing',
    limit: [2, 'hours'],
    clock: 'instruction-received',
    commitment: 95,
    conditions: C.unstuffingSizes(3),
    ...MCT_2019,
  }),
  version({
    terminal: 'mct',
    operation: 'cargo-pickup',
    limit: [30, 'minutes'],
    clock: 'gate-in',
    commitment: 95,
    conditions: C.pickupGate,
    ...MCT_2019,
  }),
  version({
    terminal: 'mct',
    operation: 'inspection-move',
    limit: [30, 'minutes'],
    clock: 'inspection-order-received',
    commitment: 96,
    conditions: C.inspection,
    ...MCT_2019,
  }),
  version({
    terminal: 'mct',
    operation: 'vessel-berthing',
    limit: [1, 'hours'],
    clock: 'vessel-arrived',
    commitment: 98,
    conditions: C.berthing,
    ...MCT_2019,
  }),

  // DCB: three of the four, published after the deadline; cargo pick-up still missing (overdue).
  version({
    terminal: 'dcb',
    operation: 'in-yard-transfer',
    limit: [3, 'hours'],
    clock: 'instruction-received',
    commitment: 92,
    conditions: C.transferBooked,
    ...DCB_2019,
  }),
  version({
    terminal: 'dcb',
    operation: 'lifting-shifting',
    limit: [1, 'hours'],
    clock: 'inspection-order-received',
    commitment: 92,
    conditions: C.liftingStack,
    ...DCB_2019,
  }),
  version({
    terminal: 'dcb',
    operation: 'unstuffing',
    limit: [3, 'hours'],
    clock: 'instruction-received',
    commitment: 90,
    conditions: C.unstuffingSizes(4),
    ...DCB_2019,
  }),
];
