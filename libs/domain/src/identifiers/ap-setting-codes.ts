import { isCodeOf } from './code-guard';

/** AP census setting type, used when a placement has neither a URN nor a UKPRN (REFERENCE.md §2.5). */
export const AP_SETTING_TYPES = {
  NFE: 'Non-maintained further education college',
  OOT: 'One-on-one tuition',
  OTH: 'Other unregistered provider',
  WBP: 'Work-based placement',
} as const;
export type ApSettingType = keyof typeof AP_SETTING_TYPES;
export const isApSettingType = isCodeOf(AP_SETTING_TYPES);
