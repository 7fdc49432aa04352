import type { FeeItem, LocalizedText } from '@sw/contracts';

export const text = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

/** A complete, valid fee item for component tests; override what the test is about. */
export function makeFee(overrides: Partial<FeeItem> = {}): FeeItem {
  return {
    id: 'fee-test',
    code: 'TH-001',
    chargingBody: {
      id: 'yict',
      name: text(
        '盐田国际集装箱码头有限公司',
        '鹽田國際集裝箱碼頭有限公司',
        'Yantian International Container Terminals Ltd.',
      ),
    },
    name: text('码头作业费（测试）', '碼頭作業費（測試）', 'Terminal handling (test)'),
    category: 'terminal-handling',
    service: text('装卸船作业。', '裝卸船作業。', 'Loading and discharging.'),
    standard: { kind: 'fixed', amount: 1280, currency: 'CNY' },
    unit: 'feu40',
    pricingType: 'market-regulated',
    legalBasis: { title: text('《港口收费计费办法》', '《港口收費計費辦法》', 'Port Charging Rules') },
    payment: text('提箱前支付。', '提櫃前支付。', 'Paid before pick-up.'),
    ports: ['yantian'],
    effectiveFrom: '2022-04-01',
    status: 'effective',
    demo: true,
    ...overrides,
  };
}
