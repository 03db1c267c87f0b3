import { isCodeOf } from './code-guard';

/** SEN provision (REFERENCE.md §2.4, CBDS / DfE census). */
export const SEN_PROVISION = {
  N: 'No special educational need',
  K: 'SEN support',
  E: 'Education, health and care plan',
} as const;
export type SenProvision = keyof typeof SEN_PROVISION;
export const isSenProvision = isCodeOf(SEN_PROVISION);

/** Primary / secondary SEN type of need (§2.4). */
export const SEN_NEED_TYPES = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Visual impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  DS: 'Down syndrome',
  OTH: 'Other difficulty or disability',
  NSA: 'SEN support but no specialist assessment of type of need',
} as const;
export type SenNeedType = keyof typeof SEN_NEED_TYPES;
export const isSenNeedType = isCodeOf(SEN_NEED_TYPES);
