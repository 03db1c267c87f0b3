import { toCsv } from './csv';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('CSV exports', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralise a cell a spreadsheet would run as a formula: %j',
    (value) => {
      const [, row] = lines(toCsv([{ a: value }], ['a']));
      expect(row!.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('keep the header row when there are no rows, after a byte-order mark', () => {
    const csv = toCsv([], ['upn', 'day6']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines(csv)[0]).toBe('upn,day6');
  });

  it('quote commas, quotes and line breaks', () => {
    expect(lines(toCsv([{ a: 'x, "y"\nz' }], ['a']))[1]).toBe('"x, ""y""\nz"');
  });
});
