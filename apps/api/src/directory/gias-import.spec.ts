import { decodeGias, GiasFileError, readGiasSchools } from './gias-import';

const HEADER =
  'URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),Postcode';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

describe('reading a GIAS establishment CSV', () => {
  it("keeps the LA's open schools and says why every other row was skipped", () => {
    const { schools, skipped, laName } = readGiasSchools(
      csv(
        '100001,201,City of London,3614,Oak Academy,Academy converter,Open,EC1A 1AA',
        '100002,202,Camden,2000,Elm Primary,Community school,Open,NW1 1AA',
        '100003,201,City of London,3615,Ash School,Community school,Closed,EC1A 1AB',
        '10004,201,City of London,3616,Bad URN,Community school,Open,EC1A 1AC',
        '100001,201,City of London,3614,Oak Academy again,Academy converter,Open,EC1A 1AA',
        '"100005",201,City of London,3617,"Birch, St Mary\'s ""New"" School",Free schools,"Open, but proposed to close",EC1A 1AD',
      ),
      '201',
    );
    expect(schools).toEqual([
      { line: 2, urn: '100001', name: 'Oak Academy', laCode: '201' },
      { line: 7, urn: '100005', name: 'Birch, St Mary\'s "New" School', laCode: '201' },
    ]);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'other_la'],
      [4, 'closed'],
      [5, 'urn_invalid'],
      [6, 'duplicate_urn'],
    ]);
    expect(laName).toBe('City of London');
  });

  it("takes the LA's name from a row of its own LA, and none from a file without the column", () => {
    expect(readGiasSchools(csv('100002,202,Camden,1,Elm,Community school,Open,NW1'), '201').laName).toBeUndefined();
    expect(readGiasSchools(csv('100009,201,,1,Elm,Community school,Open,NW1'), '201').laName).toBeUndefined();
    expect(
      readGiasSchools(
        csv('100002,202,Camden,1,Elm,Community school,Open,NW1', '100003,201,Northshire,1,Oak,Academy,Closed,N1'),
        '201',
      ).laName,
    ).toBe('Northshire');
    expect(readGiasSchools('URN,LA (code),EstablishmentName\r\n100001,201,Oak\r\n', '201').laName).toBeUndefined();
  });

  it('refuses a file without the URN, name and LA columns', () => {
    expect(() => readGiasSchools('Name,Town\r\nOak,Leeds\r\n', '201')).toThrow(GiasFileError);
  });

  it('reads a Windows-1252 download as well as UTF-8', () => {
    const bytes = Uint8Array.from([...Buffer.from('St Mary'), 0x92, ...Buffer.from('s')]);
    expect(decodeGias(bytes)).toBe('St Mary\u2019s');
    expect(decodeGias(Buffer.from('\ufeffSt Mary\u2019s'))).toBe('St Mary\u2019s');
  });
});
