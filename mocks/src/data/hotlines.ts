import type { Hotline, LocalizedText } from '@sw/contracts';

const text = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

const PLAN_SOURCE =
  'Shenzhen Port Office, 2019 plan on optimising the port business environment, measures 2 and 11 (95198 reaches all three mobile networks; 95198 and 12360 published at ports, service halls and on the single window)';
const CUSTOMS_SOURCE =
  'General Administration of Customs, 12360 hotline: enquiries, complaints, reports and clearance coordination; 12360 inside the Shenzhen customs district (Shenzhen, Huizhou), 0755-12360 elsewhere; staffed in working hours, voice menu otherwise';

/**
 * The hotline directory. 95198 and 12360 and how to dial them are sourced (see `source`); the other
 * lines are the national service numbers of the agencies concerned. Hours and languages not in a
 * source are demo values (`demo: true`). Lines are listed as dialable from outside the mainland only
 * where a source gives a 0755 form (its international form follows from it).
 */
export const HOTLINES: Hotline[] = [
  {
    id: 'single-window-95198',
    number: '95198',
    name: text('国际贸易“单一窗口”服务热线', '國際貿易「單一窗口」服務熱線', 'Single Window service hotline'),
    agency: text('深圳市商务局（单一窗口运营）', '深圳市商務局（單一窗口營運）', 'Shenzhen Municipal Commerce Bureau (runs the single window)'),
    scope: text(
      '单一窗口账号、申报和系统故障；口岸服务的咨询与投诉受理、转办和跟进，三大移动网络均可拨打。',
      '單一窗口帳戶、申報和系統故障；口岸服務的查詢與投訴受理、轉辦和跟進，三大流動網絡均可撥打。',
      'Single-window accounts, declarations and system faults; takes, forwards and follows up enquiries and complaints about port services. Reachable from all three mobile networks.',
    ),
    hours: text('工作日 8:30–18:00，其他时间可语音留言', '工作日 8:30–18:00，其他時間可留言', 'Working days 8:30–18:00; voice messages at other times'),
    languages: ['putonghua', 'cantonese'],
    dial: [{ from: ['shenzhen-customs-district', 'mainland-elsewhere'], display: '95198', tel: 'tel:95198' }],
    topics: ['port-charges', 'clearance', 'terminal-times', 'system', 'other'],
    source: PLAN_SOURCE,
    demo: true,
  },
  {
    id: 'customs-12360',
    number: '12360',
    name: text('海关12360热线', '海關12360熱線', 'Customs hotline 12360'),
    agency: text('深圳海关', '深圳海關', 'Shenzhen Customs'),
    scope: text(
      '通关咨询、投诉、举报和通关协调：一口受理、后台协调、统一答复。',
      '通關查詢、投訴、舉報和通關協調：一口受理、後台協調、統一答覆。',
      'Clearance enquiries, complaints, reports and clearance coordination: one intake point, back-office coordination, one unified reply.',
    ),
    hours: text('工作时间人工服务，其他时间语音导航', '辦公時間人工服務，其他時間語音導航', 'Staffed in working hours; voice menu at other times'),
    languages: ['putonghua'],
    dial: [
      { from: ['shenzhen-customs-district'], display: '12360', tel: 'tel:12360' },
      { from: ['mainland-elsewhere'], display: '0755-12360', tel: 'tel:+8675512360' },
      { from: ['outside-mainland'], display: '+86 755 12360', tel: 'tel:+8675512360' },
    ],
    topics: ['clearance'],
    source: CUSTOMS_SOURCE,
    demo: false,
  },
  {
    id: 'market-regulation-12315',
    number: '12315',
    name: text('12315市场监管投诉举报热线', '12315市場監管投訴舉報熱線', '12315 market regulation complaints line'),
    agency: text('深圳市市场监督管理局', '深圳市市場監督管理局', 'Shenzhen Administration for Market Regulation'),
    scope: text(
      '价格和收费投诉举报：目录外收费、超标准收费、强制服务、不服务也收费、重复收费等。口岸收费投诉由市场监管部门调查处理。',
      '價格和收費投訴舉報：目錄外收費、超標準收費、強制服務、不服務也收費、重複收費等。口岸收費投訴由市場監管部門調查處理。',
      'Complaints and reports about prices and charges: charges outside the catalogue, above the standard, forced services, charging without service, double charging. Port-charge complaints are investigated by market regulation.',
    ),
    hours: text('每日 9:00–21:00', '每日 9:00–21:00', 'Daily 9:00–21:00'),
    languages: ['putonghua', 'cantonese'],
    dial: [
      { from: ['shenzhen-customs-district', 'mainland-elsewhere'], display: '12315', tel: 'tel:12315' },
    ],
    topics: ['port-charges'],
    demo: true,
  },
  {
    id: 'transport-12328',
    number: '12328',
    name: text('12328交通运输服务监督电话', '12328交通運輸服務監督電話', '12328 transport service supervision line'),
    agency: text('深圳市交通运输局（港务管理）', '深圳市交通運輸局（港務管理）', 'Shenzhen Municipal Transport Bureau (port administration)'),
    scope: text(
      '码头作业时限（场内转运、吊箱移位、掏箱、货方提箱）和港口服务的咨询与投诉。',
      '碼頭作業時限（場內轉運、吊櫃移位、拆櫃、貨主提櫃）和港口服務的查詢與投訴。',
      'Terminal service times (in-yard transfer, lifting and shifting, unstuffing, cargo-owner pick-up) and port service enquiries and complaints.',
    ),
    hours: text('工作日 9:00–18:00', '工作日 9:00–18:00', 'Working days 9:00–18:00'),
    languages: ['putonghua', 'cantonese'],
    dial: [
      { from: ['shenzhen-customs-district', 'mainland-elsewhere'], display: '12328', tel: 'tel:12328' },
    ],
    topics: ['terminal-times'],
    demo: true,
  },
  {
    id: 'immigration-12367',
    number: '12367',
    name: text('12367移民管理服务热线', '12367移民管理服務熱線', '12367 immigration service line'),
    agency: text('深圳出入境边防检查总站', '深圳出入境邊防檢查總站', 'Shenzhen General Station of Exit and Entry Frontier Inspection'),
    scope: text(
      '边检查验：船员、旅客和跨境车辆（粤港、粤澳）的出入境手续咨询。',
      '邊檢查驗：船員、旅客和跨境車輛（粵港、粵澳）的出入境手續查詢。',
      'Frontier inspection: exit and entry formalities for crews, passengers and cross-boundary vehicles (Guangdong–Hong Kong, Guangdong–Macao).',
    ),
    hours: text('每日 24 小时', '每日 24 小時', '24 hours a day'),
    languages: ['putonghua', 'cantonese', 'english'],
    dial: [
      { from: ['shenzhen-customs-district', 'mainland-elsewhere'], display: '12367', tel: 'tel:12367' },
    ],
    topics: ['clearance'],
    demo: true,
  },
  {
    id: 'shenzhen-12345',
    number: '12345',
    name: text('深圳12345政务服务便民热线', '深圳12345政務服務便民熱線', 'Shenzhen 12345 government service line'),
    agency: text('深圳市政务服务数据管理局', '深圳市政務服務數據管理局', 'Shenzhen Government Services and Data Administration'),
    scope: text(
      '不确定找哪个部门时：受理各类政务咨询、投诉和建议，并转交主管部门。',
      '不確定找哪個部門時：受理各類政務查詢、投訴和建議，並轉交主管部門。',
      'When you are not sure which agency: takes any government enquiry, complaint or suggestion and passes it to the agency in charge.',
    ),
    hours: text('每日 24 小时', '每日 24 小時', '24 hours a day'),
    languages: ['putonghua', 'cantonese', 'english'],
    dial: [
      { from: ['shenzhen-customs-district'], display: '12345', tel: 'tel:12345' },
      { from: ['mainland-elsewhere'], display: '0755-12345', tel: 'tel:+8675512345' },
      { from: ['outside-mainland'], display: '+86 755 12345', tel: 'tel:+8675512345' },
    ],
    topics: ['other', 'system'],
    demo: true,
  },
];
