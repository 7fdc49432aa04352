import type { LocalizedText, Terminal } from '@sw/contracts';
import { organisationById, type OrganisationId } from './organisations.ts';

const t = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

interface TerminalDef {
  id: string;
  shortName: string;
  name: LocalizedText;
  organisationId: OrganisationId;
  port: Terminal['port'];
  address: LocalizedText;
  phone: string;
  website?: string;
  hours: LocalizedText;
}

function terminal({ organisationId, phone, website, hours, ...rest }: TerminalDef): Terminal {
  return {
    ...rest,
    organisationId,
    operator: organisationById(organisationId).name,
    contacts: { phone, ...(website ? { website } : {}), hours },
    demo: true,
  };
}

const ROUND_THE_CLOCK = t('全天 24 小时', '全日 24 小時', '24 hours a day, every day');
const DAYTIME = t('每日 8:00–20:00', '每日 8:00–20:00', 'Daily, 8:00–20:00');

/**
 * Shenzhen's container terminals. Names, operators, ports and port areas are real; the telephone
 * numbers and service hours are illustrative demo values (`demo: true`), as no terminal's own
 * contact table was found in a public source. Websites are given only where they are the
 * operator's known public site.
 */
export const TERMINALS: Terminal[] = [
  terminal({
    id: 'yict',
    shortName: 'YICT',
    name: t('盐田国际集装箱码头', '鹽田國際集裝箱碼頭', 'Yantian International Container Terminals'),
    organisationId: 'yict',
    port: 'yantian',
    address: t('深圳市盐田区盐田港区', '深圳市鹽田區鹽田港區', 'Yantian Port Area, Yantian District, Shenzhen'),
    phone: '0755-2529 0101',
    website: 'https://www.yict.com.cn',
    hours: ROUND_THE_CLOCK,
  }),
  terminal({
    id: 'sct',
    shortName: 'SCT',
    name: t('蛇口集装箱码头', '蛇口集裝箱碼頭', 'Shekou Container Terminals'),
    organisationId: 'sct',
    port: 'shekou',
    address: t('深圳市南山区蛇口港区', '深圳市南山區蛇口港區', 'Shekou Port Area, Nanshan District, Shenzhen'),
    phone: '0755-2669 0202',
    website: 'https://www.sctcn.com',
    hours: ROUND_THE_CLOCK,
  }),
  terminal({
    id: 'cct',
    shortName: 'CCT',
    name: t('赤湾集装箱码头', '赤灣集裝箱碼頭', 'Chiwan Container Terminal'),
    organisationId: 'cct',
    port: 'chiwan',
    address: t('深圳市南山区赤湾港区', '深圳市南山區赤灣港區', 'Chiwan Port Area, Nanshan District, Shenzhen'),
    phone: '0755-2668 0303',
    hours: ROUND_THE_CLOCK,
  }),
  terminal({
    id: 'mct',
    shortName: 'MCT',
    name: t('妈湾智慧港码头', '媽灣智慧港碼頭', 'Mawan Smart Port Terminal'),
    organisationId: 'mawan-terminal',
    port: 'mawan',
    address: t('深圳市南山区妈湾港区', '深圳市南山區媽灣港區', 'Mawan Port Area, Nanshan District, Shenzhen'),
    phone: '0755-2167 0404',
    hours: ROUND_THE_CLOCK,
  }),
  terminal({
    id: 'dcb',
    shortName: 'DCB',
    name: t('大铲湾集装箱码头', '大鏟灣集裝箱碼頭', 'Dachan Bay Container Terminal'),
    organisationId: 'dachan-terminal',
    port: 'dachan-bay',
    address: t('深圳市宝安区大铲湾港区', '深圳市寶安區大鏟灣港區', "Dachan Bay Port Area, Bao'an District, Shenzhen"),
    phone: '0755-2788 0505',
    hours: DAYTIME,
  }),
];

export function terminalById(id: string): Terminal | undefined {
  return TERMINALS.find((terminal) => terminal.id === id);
}
