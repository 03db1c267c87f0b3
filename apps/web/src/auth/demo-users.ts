import type { Role } from './session-user';

export type DemoUser = Readonly<{
  id: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  laCode?: string;
  description: string;
}>;

/**
 * Development only: the users of the demo organisations (`npm run seed:demo` creates them in LA 201, with these names:
 * bench/workload/generator.ts names school 100001 Oak Academy and LA 201 Northshire County Council).
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'demo-school',
    name: 'Sam Patel',
    role: 'school',
    organisationId: '100001',
    organisationName: 'Oak Academy',
    laCode: '201',
    description: 'SENCo at a secondary school: records exclusions and makes referrals',
  },
  {
    id: 'demo-provider',
    name: 'Alex Morgan',
    role: 'provider',
    organisationId: 'prov-bridges',
    organisationName: 'Bridges Learning Centre (PRU)',
    laCode: '201',
    description: 'Admissions lead at an alternative provision provider: responds to referrals and runs placements',
  },
  {
    id: 'demo-la-officer',
    name: 'Jo Williams',
    role: 'la_officer',
    organisationId: '201',
    organisationName: 'Northshire County Council',
    laCode: '201',
    description: 'LA officer: commissions for permanent exclusions and watches the day-6 timelines',
  },
  {
    id: 'demo-auditor',
    name: 'Chris Evans',
    role: 'la_auditor',
    organisationId: '201',
    organisationName: 'Northshire County Council',
    laCode: '201',
    description: 'LA auditor: reads every record and who looked at it, changes nothing',
  },
];
