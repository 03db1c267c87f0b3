import { presentSchools } from './la-directory.presenter';

const schools = [
  { urn: '100001', name: 'Oak Academy', ownCalendar: null },
  { urn: '100002', name: 'Elm Primary', ownCalendar: 'Elm Primary 2025/26' },
];

describe("the directory's schools", () => {
  it("says a school without its own calendar uses the LA's standard one once the LA has published it", () => {
    const [oak, elm] = presentSchools(schools, true);
    expect([oak!.calendar, oak!.canCopy]).toEqual(["The LA's standard calendar", true]);
    expect([elm!.calendar, elm!.canCopy]).toEqual(['Own calendar: Elm Primary 2025/26', false]);
  });

  it("says day 6 counts on England's default term dates, and offers no copy, when the LA has published no calendar", () => {
    const [oak] = presentSchools(schools, false);
    expect(oak!.calendar).toBe("England's default term dates (the LA has not published a standard calendar)");
    expect(oak!.canCopy).toBe(false);
  });
});
