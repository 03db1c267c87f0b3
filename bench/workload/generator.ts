import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';

/** National figures (REFERENCE.md): a year across 153 LAs. */
export const NATIONAL = { las: 153, permanentExclusions: 11_000, suspensions: 955_000, apRoll: 27_000 } as const;

/** URN 100001, the school the demo school user signs in to. */
export const DEMO_SCHOOL_NAME = 'Oak Academy';
/** LA 201, the LA the demo officer and auditor sign in to (a made-up name: no real LA has code 201). */
export const DEMO_LA_NAME = 'Northshire County Council';

/** A small deterministic PRNG (mulberry32): the same seed gives the same LA every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type LaWorkload = Readonly<{
  laCode: string;
  /** The LA's name in the directory (LA 201's is DEMO_LA_NAME); another LA's is left for its officer to set. */
  name?: string;
  schools: ReadonlyArray<{ urn: string; name: string }>;
  providers: ReadonlyArray<{
    providerId: string;
    name: string;
    registration: 'school' | 'ukprn' | 'unregistered';
    urn?: string;
    ukprn?: string;
  }>;
  pupils: ReadonlyArray<Pupil>;
}>;

export type Pupil = Readonly<{
  upn: string;
  schoolUrn: string;
  yearGroup: number;
  permanent: boolean;
  /** Suspension length in school days (permanent: undefined). */
  suspensionDays?: number;
  /** How far the referral goes: 0 draft … 5 started with a review. */
  stage: number;
  partTime: boolean;
  informationRequest: boolean;
  declinedFirst: boolean;
  providerIndex: number;
  senProvision: 'N' | 'K' | 'E';
  socialWorker: boolean;
  lookedAfter: boolean;
}>;

export const validUpn = (laCode: string, establishment: number, serial: number): string => {
  const body = `${laCode}${String(establishment).padStart(4, '0')}25${String(serial % 1000).padStart(3, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

/**
 * One LA's year, scaled: a term's worth (scale 1/6 of the year) by default. Permanent exclusions and the
 * suspensions long enough to need AP follow the national ratio; ~80% of pupils have SEN, many a social worker.
 * `pupils` fixes the number of pupils instead (the page benchmark's LA of 500), keeping the same ratio.
 */
export function generateLa(seed: number, laCode = '201', scale = 1 / 6, pupils?: number): LaWorkload {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const schools = Array.from({ length: 30 }, (_, i) => {
    const name = `${pick(['Oak', 'Ash', 'Elm', 'Birch', 'Hazel', 'Rowan'])} ${pick(['Academy', 'High School', 'Primary', 'School'])} ${i + 1}`;
    // The demo school user's school (apps/web demo-users.ts) has the name the sign-in page gives it, whatever the seed.
    return { urn: String(100001 + i), name: i === 0 ? DEMO_SCHOOL_NAME : name };
  });
  const providers = [
    {
      providerId: 'prov-bridges',
      name: 'Bridges Learning Centre (PRU)',
      registration: 'school' as const,
      urn: '140001',
    },
    { providerId: 'prov-horizons', name: 'Horizons AP Academy', registration: 'school' as const, urn: '140002' },
    {
      providerId: 'prov-stepping',
      name: 'Stepping Stones Education',
      registration: 'ukprn' as const,
      ukprn: '10045678',
    },
    { providerId: 'prov-workshop', name: 'The Workshop (vocational)', registration: 'unregistered' as const },
    { providerId: 'prov-tutors', name: 'One-to-One Tutors', registration: 'unregistered' as const },
  ];
  const perLa = (n: number) => Math.max(1, Math.round((n / NATIONAL.las) * scale));
  // Only suspensions of more than five school days start a day-6 duty: about 2% of them.
  const longSuspensions = perLa(NATIONAL.suspensions * 0.02);
  const count = pupils ?? perLa(NATIONAL.permanentExclusions) + longSuspensions;
  const permanent = pupils
    ? Math.round((pupils * NATIONAL.permanentExclusions) / (NATIONAL.permanentExclusions + NATIONAL.suspensions * 0.02))
    : perLa(NATIONAL.permanentExclusions);
  const generated: Pupil[] = Array.from({ length: count }, (_, i) => {
    const school = pick(schools);
    const sen = random() < 0.8 ? (random() < 0.3 ? 'E' : 'K') : 'N';
    return {
      upn: validUpn(laCode === '201' ? '801' : laCode, 2000 + (i % 30), i),
      schoolUrn: school.urn,
      yearGroup: 7 + Math.floor(random() * 5),
      permanent: i < permanent,
      suspensionDays: i < permanent ? undefined : 6 + Math.floor(random() * 10),
      stage: Math.floor(random() * 6),
      partTime: random() < 0.2,
      informationRequest: random() < 0.3,
      declinedFirst: random() < 0.15,
      providerIndex: Math.floor(random() * 3),
      senProvision: sen,
      socialWorker: random() < 0.4,
      lookedAfter: random() < 0.1,
    };
  });
  return { laCode, ...(laCode === '201' ? { name: DEMO_LA_NAME } : {}), schools, providers, pupils: generated };
}
