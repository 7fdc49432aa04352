import type { DemoUser } from '@sw/contracts';

/**
 * Demo users, one or more of each role. `POST /api/dev/login {"user": "<id>"}` issues a
 * token for them in development mode only. Operators act for one organisation of the catalogue.
 */
export const DEMO_USERS: DemoUser[] = [
  { id: 'admin', role: 'admin', name: 'Single Window team (demo admin)' },
  { id: 'regulator', role: 'regulator', name: 'Shenzhen Market Regulation Bureau (demo regulator)' },
  { id: 'operator-yict', role: 'operator', name: 'YICT tariff desk (demo operator)', organisationId: 'yict' },
  { id: 'operator-sct', role: 'operator', name: 'SCT tariff desk (demo operator)', organisationId: 'sct' },
  { id: 'operator-cct', role: 'operator', name: 'CCT tariff desk (demo operator)', organisationId: 'cct' },
  {
    id: 'operator-huanggang',
    role: 'operator',
    name: 'Huanggang yard office (demo operator)',
    organisationId: 'huanggang-yard',
  },
  {
    id: 'operator-penavico',
    role: 'operator',
    name: 'Penavico Shenzhen (demo operator)',
    organisationId: 'penavico-sz',
  },
  {
    id: 'operator-broker',
    role: 'operator',
    name: 'Pengcheng Customs Brokerage (demo operator)',
    organisationId: 'broker-demo',
  },
  {
    id: 'operator-forwarder',
    role: 'operator',
    name: 'Bay Area Tongda Forwarding (demo operator)',
    organisationId: 'forwarder-demo',
  },
  {
    id: 'operator-customs',
    role: 'operator',
    name: 'Shenzhen Customs clearance guide desk (demo operator)',
    organisationId: 'shenzhen-customs',
  },
];
