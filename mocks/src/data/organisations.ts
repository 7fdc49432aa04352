import type { Organisation, OrganisationKind, Port, PortId } from '@sw/contracts';

/** A body that levies a charge in the catalogue (terminal operator, agency, authority...): `organisationSchema`. */
export type { Organisation, OrganisationKind };

function org(id: string, kind: OrganisationKind, zhCN: string, zhHK: string, en: string): Organisation {
  return { id, kind, name: { 'zh-CN': zhCN, 'zh-HK': zhHK, en } };
}

/**
 * Charging bodies. The container terminal operators, the pilot station, customs, the maritime
 * safety administration, the transport bureau, the airport cargo terminal and the shipping agency
 * are real organisations (their charges here are still demo values unless the fee item carries a
 * `source`). The land/rail port yards, the two tug companies, the customs broker, the forwarders
 * and the quarantine-treatment provider are illustrative names standing for "a company of that
 * kind". `forwarder-listing` stands for the unnamed forwarder of the third-party rate listing
 * cited in FACTS.md.
 */
export const ORGANISATIONS = [
  org('yict', 'terminal', '盐田国际集装箱码头有限公司', '鹽田國際集裝箱碼頭有限公司', 'Yantian International Container Terminals Ltd.'),
  org('sct', 'terminal', '蛇口集装箱码头有限公司', '蛇口集裝箱碼頭有限公司', 'Shekou Container Terminals Ltd.'),
  org('cct', 'terminal', '赤湾集装箱码头有限公司', '赤灣集裝箱碼頭有限公司', 'Chiwan Container Terminal Co., Ltd.'),
  org('mawan-terminal', 'terminal', '妈湾智慧港码头', '媽灣智慧港碼頭', 'Mawan Smart Port Terminal'),
  org(
    'dachan-terminal',
    'terminal',
    '深圳大铲湾现代港口发展有限公司',
    '深圳大鏟灣現代港口發展有限公司',
    'Shenzhen Dachan Bay Modern Port Development Co., Ltd.',
  ),
  org('baoan-cargo', 'terminal', '深圳宝安国际机场货运站', '深圳寶安國際機場貨運站', "Shenzhen Bao'an International Airport Cargo Terminal"),
  org('huanggang-yard', 'port-operator', '皇岗口岸货运监管场站', '皇崗口岸貨運監管場站', 'Huanggang Port Freight Inspection Yard'),
  org('wenjindu-yard', 'port-operator', '文锦渡口岸货运监管场站', '文錦渡口岸貨運監管場站', 'Wenjindu Port Freight Inspection Yard'),
  org('shenzhen-bay-yard', 'port-operator', '深圳湾口岸货运监管场站', '深圳灣口岸貨運監管場站', 'Shenzhen Bay Port Freight Inspection Yard'),
  org('pingshan-rail-yard', 'port-operator', '坪山铁路口岸集装箱场站', '坪山鐵路口岸集裝箱場站', 'Pingshan Rail Port Container Yard'),
  org('pilot-station', 'government', '深圳引航站', '深圳引航站', 'Shenzhen Pilot Station'),
  org('tug-east', 'port-operator', '深圳东部港区拖轮公司', '深圳東部港區拖輪公司', 'Shenzhen Eastern Port Area Tug Company'),
  org('tug-west', 'port-operator', '深圳西部港区拖轮公司', '深圳西部港區拖輪公司', 'Shenzhen Western Port Area Tug Company'),
  org('shenzhen-customs', 'government', '深圳海关', '深圳海關', 'Shenzhen Customs'),
  org('shenzhen-msa', 'government', '深圳海事局', '深圳海事局', 'Shenzhen Maritime Safety Administration'),
  org(
    'port-authority',
    'government',
    '深圳市交通运输局（深圳市港务管理局）',
    '深圳市交通運輸局（深圳市港務管理局）',
    'Shenzhen Municipal Transport Bureau (Shenzhen Port Authority)',
  ),
  org('penavico-sz', 'agency', '中国深圳外轮代理有限公司', '中國深圳外輪代理有限公司', 'Penavico Shenzhen (China Ocean Shipping Agency Shenzhen)'),
  org('broker-demo', 'agency', '鹏城报关服务有限公司', '鵬城報關服務有限公司', 'Pengcheng Customs Brokerage Co., Ltd.'),
  org('forwarder-demo', 'forwarder', '湾区通达国际货运代理有限公司', '灣區通達國際貨運代理有限公司', 'Bay Area Tongda International Freight Forwarding Co., Ltd.'),
  org('forwarder-listing', 'forwarder', '深圳货运代理（第三方公开报价）', '深圳貨運代理（第三方公開報價）', 'Shenzhen freight forwarder (third-party rate listing)'),
  org('quarantine-services', 'agency', '深圳口岸检疫处理服务中心', '深圳口岸檢疫處理服務中心', 'Shenzhen Port Quarantine Treatment Services'),
] as const satisfies readonly Organisation[];

export type OrganisationId = (typeof ORGANISATIONS)[number]['id'];

export function organisationById(id: OrganisationId): Organisation {
  const found = ORGANISATIONS.find((o) => o.id === id);
  if (!found) throw new Error(`unknown organisation ${id}`);
  return found;
}

function port(id: PortId, mode: Port['mode'], zhCN: string, zhHK: string, en: string): Port {
  return { id, mode, name: { 'zh-CN': zhCN, 'zh-HK': zhHK, en } };
}

/** Every port of entry in `PORT_IDS`, in the same order. */
export const PORTS: Port[] = [
  port('yantian', 'sea', '盐田港', '鹽田港', 'Yantian Port'),
  port('shekou', 'sea', '蛇口港', '蛇口港', 'Shekou Port'),
  port('chiwan', 'sea', '赤湾港', '赤灣港', 'Chiwan Port'),
  port('mawan', 'sea', '妈湾港', '媽灣港', 'Mawan Port'),
  port('dachan-bay', 'sea', '大铲湾港', '大鏟灣港', 'Dachan Bay Port'),
  port('baoan-airport', 'air', '深圳宝安国际机场口岸', '深圳寶安國際機場口岸', "Shenzhen Bao'an International Airport Port"),
  port('huanggang', 'road', '皇岗口岸', '皇崗口岸', 'Huanggang Port'),
  port('wenjindu', 'road', '文锦渡口岸', '文錦渡口岸', 'Wenjindu Port'),
  port('shenzhen-bay', 'road', '深圳湾口岸', '深圳灣口岸', 'Shenzhen Bay Port'),
  port('pingshan-rail', 'rail', '坪山铁路口岸', '坪山鐵路口岸', 'Pingshan Rail Port'),
];
