/**
 * DfE local authority codes (REFERENCE.md §2.2), for DfE rule 1530: characters 2–4 of a UPN name the LA of the school
 * that issued it. A UPN lasts a pupil's whole school career, so the codes of LAs since reorganised stay valid: 820
 * Bedfordshire and 875 Cheshire (2009), 835 Dorset, 836 Poole and 837 Bournemouth (2019), 928 Northamptonshire (split
 * in 2021 into 940 North and 941 West Northamptonshire) and 909 Cumbria (split in 2023 into 942 Cumberland and 943
 * Westmorland and Furness).
 */
const CURRENT = [
  // London
  ...range(201, 213),
  ...range(301, 320),
  // Metropolitan districts
  ...range(330, 336),
  ...range(340, 344),
  ...range(350, 359),
  ...range(370, 373),
  ...range(380, 384),
  ...range(390, 394),
  420, // Isles of Scilly
  // Unitary and county councils
  800,
  801,
  802,
  803,
  805,
  806,
  807,
  808,
  810,
  811,
  812,
  813,
  815,
  816,
  821,
  822,
  823,
  825,
  826,
  830,
  831,
  838,
  839,
  840,
  841,
  845,
  846,
  850,
  851,
  852,
  855,
  856,
  857,
  860,
  861,
  865,
  866,
  867,
  868,
  869,
  870,
  871,
  872,
  873,
  874,
  876,
  877,
  878,
  879,
  880,
  881,
  882,
  883,
  884,
  885,
  886,
  887,
  888,
  889,
  890,
  891,
  892,
  893,
  894,
  895,
  896,
  908,
  916,
  919,
  921,
  925,
  926,
  929,
  931,
  933,
  935,
  936,
  937,
  938,
  940,
  941, // 2021: North and West Northamptonshire
  942,
  943, // 2023: Cumberland; Westmorland and Furness
];
const REORGANISED = [820, 875, 835, 836, 837, 928, 909];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The 153 LAs with education duties since April 2023. */
export const CURRENT_LA_CODES: ReadonlySet<string> = new Set(CURRENT.map(String));
const UPN_LA_CODES: ReadonlySet<string> = new Set([...CURRENT, ...REORGANISED].map(String));

/** DfE rule 1530: a code a UPN may carry (a current LA, or one that issued UPNs before a reorganisation). */
export const isUpnLaCode = (code: string): boolean => UPN_LA_CODES.has(code);
