import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import { FIRST_SETTING_HREF, TIMELINE_SETTINGS, type TimelineKey } from './la-settings.presenter';

export type TimelineValues = Readonly<Record<TimelineKey, number>>;
export type SettingsChange = Readonly<{ settings: Partial<Record<TimelineKey, number>>; version: number }>;

const MOST_SCHOOL_DAYS = 60;

/**
 * The LA's own deadlines (§0 "Default deadlines (configurable per LA)"): each a whole number of school days from 1
 * to 60. Only the ones that differ from the default are sent, so a deadline put back to its default follows the
 * default again; the version read with the page comes back as If-Match.
 */
export function readSettingsForm(body: PostedBody, defaults: TimelineValues): FormResult<SettingsChange> {
  const errors = new FormErrors();
  const settings: Partial<Record<TimelineKey, number>> = {};
  for (const { key, label } of TIMELINE_SETTINGS) {
    const given = text(body, key);
    const days = Number(given);
    if (given === '') errors.add(key, `Enter the number of school days for ${label.toLowerCase()}`);
    else if (!/^\d+$/.test(given)) errors.add(key, `${label} must be a whole number of school days, like 5`);
    else if (days < 1 || days > MOST_SCHOOL_DAYS)
      errors.add(key, `${label} must be between 1 and ${MOST_SCHOOL_DAYS} school days`);
    else if (days !== defaults[key]) settings[key] = days;
  }
  const version = text(body, 'version');
  if (!/^\d+$/.test(version))
    errors.add('form', 'The page was out of date. Check the settings and save them again', FIRST_SETTING_HREF);
  return errors.result(() => ({ settings, version: Number(version) }));
}
