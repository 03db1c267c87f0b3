import { readLaNameForm } from './la-name.form';

describe("the LA's name on its directory page", () => {
  it('takes the name as typed, without spaces around it', () => {
    expect(readLaNameForm({ laName: '  Northshire County Council ' })).toEqual({
      ok: true,
      value: { name: 'Northshire County Council' },
    });
  });

  it('asks for a name when none is typed, and for a shorter one when it is too long', () => {
    const message = (laName: string) => {
      const form = readLaNameForm({ laName });
      return form.ok ? undefined : form.errors[0]!.message;
    };
    expect(message('   ')).toBe("Enter your local authority's name");
    expect(message('x'.repeat(121))).toBe("Your local authority's name must be 120 characters or fewer");
  });
});
