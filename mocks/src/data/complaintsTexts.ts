import type { ComplaintCategory, ComplaintContact, ComplaintOutcome, ComplaintType, Locale, LocalizedText } from '@sw/contracts';

const text = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

/** A demo ticket's wording: what people write, per category; `type` is what it most often is. */
export interface DemoTicketText {
  type: ComplaintType;
  description: LocalizedText;
  /** A fee item of the demo catalogue it is about (port charges). */
  feeId?: string;
  /** A terminal time limit it is about (terminal times), as the service-times module would name it. */
  terminalTime?: LocalizedText;
}

/**
 * Illustrative tickets modelled on the typical port-charge violations SAMR and MOT list (one fee
 * split in two, charging above the government price, an extra night-shift fee, bundled agency fees
 * per ton) and on everyday clearance, terminal and system questions. Demo data, not real cases.
 */
export const DEMO_TICKET_TEXTS: Readonly<Record<ComplaintCategory, readonly DemoTicketText[]>> = {
  'port-charges': [
    {
      type: 'complaint',
      feeId: 'fee-night-pickup-surcharge-shekou',
      description: text(
        '11月在蛇口码头夜间提取进口重箱，被另收“夜班附加费”每箱300元。该费用公示期有异议后已撤回，码头仍在收取，请核查并退还。',
        '11月在蛇口碼頭夜間提取進口重櫃，被另收「夜班附加費」每櫃300元。該費用公示期有異議後已撤回，碼頭仍在收取，請核查並退還。',
        'In November we picked up import laden boxes at Shekou at night and were charged a "night shift surcharge" of 300 yuan per box. The charge was withdrawn after an objection during its publicity but is still being collected. Please investigate and order a refund.',
      ),
    },
    {
      type: 'complaint',
      feeId: 'fee-pilotage-domestic',
      description: text(
        '引航费账单按调整前的基准费率计收，没有执行下调后的标准，差额约4200元。附上账单和船舶资料。',
        '引航費賬單按調整前的基準費率計收，沒有執行下調後的標準，差額約4200元。附上賬單和船舶資料。',
        'The pilotage invoice uses the base rate from before the reduction, not the reduced standard; the difference is about 4,200 yuan. Invoice and ship particulars attached.',
      ),
    },
    {
      type: 'complaint',
      feeId: 'fee-ship-agency',
      description: text(
        '船代把代理费按每吨另行打包收取，和目录里按艘次计费的标准不一致，属于捆绑收费吗？',
        '船代把代理費按每噸另行打包收取，和目錄裏按艘次計費的標準不一致，屬於捆綁收費嗎？',
        'The ship agent bundles its agency fee per tonne, while the catalogue lists it per call. Is this a bundled charge that is not allowed?',
      ),
    },
    {
      type: 'enquiry',
      feeId: 'fee-port-facility-security',
      description: text(
        '港口设施保安费已并入港口作业包干费，为什么发票上还单列一项？请说明现行收费依据。',
        '港口設施保安費已併入港口作業包乾費，為何發票上仍單列一項？請說明現行收費依據。',
        'The port facility security fee was folded into the port operation package fee, so why is it still a separate line on our invoice? Please explain the current legal basis.',
      ),
    },
    {
      type: 'complaint',
      description: text(
        '同一次吊箱移位被分成“移箱费”和“翻箱费”两项收取，一次作业收两次钱。',
        '同一次吊櫃移位被分成「移櫃費」和「翻櫃費」兩項收取，一次作業收兩次錢。',
        'One lifting and shifting move was billed twice, as a "shifting fee" and a "restow fee": two charges for one job.',
      ),
    },
  ],
  clearance: [
    {
      type: 'enquiry',
      description: text(
        '出口货物提前申报后没有被布控查验，是否可以在运抵后直接放行？需要在单一窗口做什么操作？',
        '出口貨物提前申報後沒有被佈控查驗，是否可以在運抵後直接放行？需要在單一窗口做甚麼操作？',
        'Our export goods were declared in advance and not selected for inspection. Are they released on arrival, and do we need to do anything on the single window?',
      ),
    },
    {
      type: 'complaint',
      description: text(
        '供港鲜活产品预约了优先查验，实际在皇岗口岸等了三个多小时，绿色通道没有起作用。',
        '供港鮮活產品預約了優先查驗，實際在皇崗口岸等了三個多小時，綠色通道沒有起作用。',
        'We booked priority inspection for fresh produce to Hong Kong but waited over three hours at Huanggang; the green channel did not work.',
      ),
    },
    {
      type: 'enquiry',
      description: text(
        '进口冷链食品申报需要哪些随附单证？原产地证书是否必须提交纸质原件？',
        '進口凍鏈食品申報需要哪些隨附單證？原產地證書是否必須提交紙本正本？',
        'Which supporting documents does an import declaration of cold-chain food need? Must the certificate of origin be an original on paper?',
      ),
    },
    {
      type: 'suggestion',
      description: text(
        '建议在通关流程公示里注明每个环节的联系人电话，查验改期时不用层层打听。',
        '建議在通關流程公示裏註明每個環節的聯絡人電話，查驗改期時不用層層打聽。',
        'Please publish a contact phone number for each step of the clearance workflow, so rescheduling an inspection does not mean asking around.',
      ),
    },
  ],
  'terminal-times': [
    {
      type: 'complaint',
      terminalTime: text('盐田国际 · 货方提箱时限', '鹽田國際 · 貨主提櫃時限', 'YICT · cargo-owner pick-up time limit'),
      description: text(
        '预约了06–12时段提箱，车辆在闸口排队两个多小时才提到箱，远超公布的每箱30分钟时限。',
        '預約了06–12時段提櫃，車輛在閘口排隊兩個多小時才提到櫃，遠超公佈的每櫃30分鐘時限。',
        'We booked the 06–12 pick-up slot and the truck queued at the gate for over two hours, far beyond the published 30 minutes per box.',
      ),
    },
    {
      type: 'complaint',
      terminalTime: text('蛇口集装箱码头 · 掏箱时限', '蛇口貨櫃碼頭 · 拆櫃時限', 'SCT · unstuffing time limit'),
      description: text(
        '40尺柜掏箱用了将近一天，码头公布的标准是3小时，期间产生的堆存费由谁承担？',
        '40呎櫃拆櫃用了將近一天，碼頭公佈的標準是3小時，期間產生的堆存費由誰承擔？',
        'Unstuffing a 40-foot box took almost a day against a published 3 hours. Who pays the storage charges incurred meanwhile?',
      ),
    },
    {
      type: 'enquiry',
      description: text(
        '场内转运到查验平台的时限是多少？码头是否必须公开承诺达成率？',
        '場內轉運到查驗平台的時限是多少？碼頭是否必須公開承諾達成率？',
        'What is the time limit for moving a box to the inspection platform, and must terminals publish their commitment rate?',
      ),
    },
  ],
  system: [
    {
      type: 'complaint',
      description: text(
        '单一窗口货物申报页面提交时一直提示“系统繁忙”，已经持续两个小时，影响当天报关。',
        '單一窗口貨物申報頁面提交時一直提示「系統繁忙」，已持續兩個小時，影響當天報關。',
        'The single-window goods declaration page keeps saying "system busy" on submit; it has lasted two hours and holds up today\'s declarations.',
      ),
    },
    {
      type: 'enquiry',
      description: text(
        '舱单申报回执一直没有推送到企业邮箱，是否需要重新订阅申报状态？',
        '艙單申報回執一直沒有推送到企業郵箱，是否需要重新訂閱申報狀態？',
        'Manifest declaration receipts no longer reach our company mailbox. Do we need to subscribe to the declaration status again?',
      ),
    },
    {
      type: 'suggestion',
      description: text(
        '希望单一窗口提供繁体中文和英文界面，方便香港同事使用。',
        '希望單一窗口提供繁體中文和英文介面，方便香港同事使用。',
        'Please offer the single window in Traditional Chinese and English for our colleagues in Hong Kong.',
      ),
    },
  ],
  other: [
    {
      type: 'enquiry',
      description: text(
        '口岸服务大厅周六是否办公？需要现场办理的业务有哪些？',
        '口岸服務大廳星期六是否辦公？需要現場辦理的業務有哪些？',
        'Is the port service hall open on Saturdays, and which services still need a visit in person?',
      ),
    },
    {
      type: 'suggestion',
      description: text(
        '建议定期发布企业满意度问卷结果，让企业知道反映的问题是否改进。',
        '建議定期發佈企業滿意度問卷結果，讓企業知道反映的問題是否改進。',
        'Please publish the results of the company satisfaction questionnaires regularly, so companies can see whether what they raised improved.',
      ),
    },
  ],
};

/** Staff replies and resolutions in the submitter's language. */
export const DEMO_REPLIES: Readonly<Record<ComplaintCategory, LocalizedText>> = {
  'port-charges': text(
    '已收到您的投诉，我局已通知收费单位提供收费依据和作业记录，核查结果将尽快答复。',
    '已收到您的投訴，本局已通知收費單位提供收費依據和作業記錄，核查結果將盡快答覆。',
    'We have received your complaint and asked the charging body for its legal basis and work records; we will reply with the findings as soon as possible.',
  ),
  clearance: text(
    '海关已受理，现场科室将与您联系核实报关单号和查验安排。',
    '海關已受理，現場科室將與您聯絡核實報關單號和查驗安排。',
    'Customs has taken this up; the local office will contact you to check the declaration number and the inspection arrangements.',
  ),
  'terminal-times': text(
    '已转码头运营方核查当日作业记录，并要求其说明超时原因。',
    '已轉碼頭營運方核查當日作業記錄，並要求其說明超時原因。',
    'We have asked the terminal operator to check the day\'s work records and explain the delay.',
  ),
  system: text(
    '技术团队已定位问题并完成修复，请重新提交；如仍有问题请回复本工单。',
    '技術團隊已找出問題並完成修復，請重新提交；如仍有問題請回覆本工單。',
    'The technical team found and fixed the fault; please submit again, and tell us here if it still fails.',
  ),
  other: text(
    '感谢您的来信，相关部门已收到并将研究处理。',
    '感謝您的來信，相關部門已收到並將研究處理。',
    'Thank you for writing; the agency concerned has it and will look into it.',
  ),
};

export const DEMO_RESOLUTIONS: Readonly<Record<ComplaintOutcome, LocalizedText>> = {
  answered: text('已答复咨询，工单办结。', '已答覆查詢，工單辦結。', 'Your enquiry has been answered; the ticket is closed.'),
  upheld: text(
    '经核查投诉属实，已责令收费单位停止收取并退还多收费用。',
    '經核查投訴屬實，已責令收費單位停止收取並退還多收費用。',
    'The complaint was found to be justified: the charging body has been ordered to stop the charge and refund what was overcharged.',
  ),
  'partly-upheld': text(
    '部分属实：已要求单位整改收费公示，其余收费符合目录标准。',
    '部分屬實：已要求單位整改收費公示，其餘收費符合目錄標準。',
    'Partly justified: the body must correct its published charges; the other charges match the catalogue.',
  ),
  'not-upheld': text(
    '经核查，相关收费符合公示目录和标准，不存在违规收费。',
    '經核查，相關收費符合公示目錄和標準，不存在違規收費。',
    'The charges match the published catalogue and standards; no irregular charging was found.',
  ),
  referred: text('已转有权处理的部门办理，并告知您联系方式。', '已轉有權處理的部門辦理，並告知您聯絡方式。', 'Referred to the competent agency; you have been given its contact.'),
  withdrawn: text('应您的要求撤回工单。', '應您的要求撤回工單。', 'Withdrawn at your request.'),
};

/** Demo submitters per language (invented names; phone numbers in the regions' formats). */
export const DEMO_SUBMITTERS: Readonly<Record<Locale, ReadonlyArray<ComplaintContact>>> = {
  'zh-CN': [
    { name: '王建国', phone: '+8613912345601', email: 'wang.jg@example.com' },
    { name: '陈晓燕', phone: '+8613712345602' },
    { name: '刘海涛', email: 'liu.ht@example.com' },
    { name: '赵敏', phone: '+8675583251603' },
    { name: '深圳鹏程报关 黄丽', phone: '+8613812345604', email: 'huang.li@example.com' },
  ],
  'zh-HK': [
    { name: '陳大文', phone: '+85291234605', email: 'chan.taiman@example.com' },
    { name: '李嘉欣', phone: '+85261234606' },
    { name: '何志明', phone: '+85366123607' },
  ],
  en: [
    { name: 'James Wong', email: 'james.wong@example.com' },
    { name: 'Maria Santos', phone: '+85292345608', email: 'maria.santos@example.com' },
    { name: 'Ahmed Khan', phone: '+8613612345609' },
  ],
};
