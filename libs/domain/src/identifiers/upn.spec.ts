import { RuleViolationError } from '../shared';
import { isValidUpn, upnCheckLetter, validateUpn } from './upn';
import { CURRENT_LA_CODES } from './la-codes';

describe('a valid UPN', () => {
  it.each(['B801200005001', 'H801200001001'])('accepts the permanent UPN %s', (upn) => {
    expect(validateUpn(upn)).toEqual({ valid: true, kind: 'permanent' });
  });

  it('accepts the temporary UPN G80120000101A, ending in a letter', () => {
    expect(validateUpn('G80120000101A')).toEqual({ valid: true, kind: 'temporary' });
  });

  it('computes the check letter from the last 12 characters', () => {
    expect([upnCheckLetter('801200005001'), upnCheckLetter('80120000101A')]).toEqual(['B', 'G']);
  });
});

describe('an invalid UPN', () => {
  it.each(['B80120000500', 'B8012000050011', ''])('rejects %p as the wrong length', (upn) => {
    expect(validateUpn(upn)).toMatchObject({ valid: false, reason: 'WRONG_LENGTH' });
  });

  it.each([
    ['lower case (the API upper-cases first)', 'b801200005001'],
    ['a letter in the middle', 'B8012000X5001'],
    ['a check letter never used (I, O, S)', 'I801200005001'],
    ['a final letter never used', 'G80120000101O'],
    ['a space', 'B80120000500 '],
  ])('rejects %s as unknown characters', (_case, upn) => {
    expect(validateUpn(upn)).toMatchObject({ valid: false, reason: 'UNKNOWN_CHARACTERS' });
  });

  it('rejects a UPN whose check letter does not match', () => {
    expect(validateUpn('C801200005001')).toEqual({
      valid: false,
      reason: 'WRONG_CHECK_LETTER',
      message: 'The check letter should be B, not C',
    });
  });

  it('rejects a typo in the digits through the check letter', () => {
    expect(isValidUpn('B801200005002')).toBe(false);
  });

  it('refuses to compute a check letter for a malformed body', () => {
    expect(() => upnCheckLetter('80120000500')).toThrow(RuleViolationError);
  });
});

describe('the LA code in a UPN (DfE rule 1530)', () => {
  const withLa = (la: string) => `${la}120000500`.padEnd(12, '1');
  const upnFor = (la: string) => `${upnCheckLetter(withLa(la))}${withLa(la)}`;
  it('refuses a UPN whose characters 2–4 are not an LA code', () => {
    expect(validateUpn(upnFor('999'))).toMatchObject({ valid: false, reason: 'UNKNOWN_LA_CODE' });
  });
  it('accepts the codes of the 2021 and 2023 reorganisations, and those of the LAs they replaced', () => {
    for (const la of ['940', '941', '942', '943', '928', '909']) expect(validateUpn(upnFor(la)).valid).toBe(true);
  });
  it('knows 153 LAs with education duties', () => {
    expect(CURRENT_LA_CODES.size).toBe(153);
  });
});
