import { Injectable } from '@nestjs/common';
import { AggregateReader } from '@ap/application';
import { ENGLAND_STANDARD_CALENDAR, resolveCalendar, type SchoolCalendar } from '@ap/domain';

/** §0 day 6 counts on the excluding school's calendar, else its LA's standard calendar, else England's. */
@Injectable()
export class CalendarResolver {
  constructor(private readonly reader: AggregateReader) {}

  async forSchool(urn: string, laCode: string): Promise<SchoolCalendar> {
    const [school, la] = await Promise.all([this.reader.load('school', urn), this.reader.load('lacalendar', laCode)]);
    return resolveCalendar(school.state.calendar, la.state.calendar ?? ENGLAND_STANDARD_CALENDAR);
  }

  /**
   * Each school's calendar, for a list of many schools' rows, the schools' read in one round trip; `standard` is the
   * LA's standard calendar the caller has already read.
   */
  async forSchools(urns: Iterable<string>, standard: SchoolCalendar): Promise<Map<string, SchoolCalendar>> {
    const distinct = [...new Set(urns)];
    if (distinct.length === 0) return new Map();
    const schools = await this.reader.loadMany('school', distinct);
    return new Map(distinct.map((urn) => [urn, resolveCalendar(schools.get(urn)!.state.calendar, standard)]));
  }
}
