import { longDate } from '../words/dates';
import { responsibleName, type ResponsibleBody } from '../words/organisations';

export type Day6Duty = Readonly<{
  day1: string;
  day6: string;
  responsible: ResponsibleBody;
  lookedAfter?: boolean;
}>;

/**
 * What recording an exclusion means at once: whether the day-6 duty arose, who must arrange full-time education
 * from day 6 and when that is (EIA 2006 s100 for a school's suspension; s19 for the LA after a permanent exclusion).
 */
export function presentExclusionRecorded(duty: Day6Duty | null, schoolName: string) {
  if (!duty)
    return {
      title: 'Exclusion recorded',
      lines: [
        'This exclusion does not start a day-6 duty: it is not permanent and the pupil is not out of school for more than 5 school days in a row.',
      ],
    };
  const who = `${responsibleName(duty.responsible, schoolName)} is responsible`;
  return {
    title: 'Exclusion recorded',
    responsible: who,
    day6: longDate(duty.day6),
    lines: [
      `Day 1 of the exclusion is ${longDate(duty.day1)}.`,
      `${who} for arranging suitable full-time education from day 6: ${longDate(duty.day6)}.`,
      // REFERENCE §0: looked-after children are expected to get provision from day 1.
      ...(duty.lookedAfter
        ? [`The pupil is looked after, so provision is expected from day 1: ${longDate(duty.day1)}.`]
        : []),
      'Give the parent the written notice by the end of day 1, and notice of the provision at least 48 hours before it starts.',
    ],
  };
}
