import { presentLaName } from './la-name.presenter';

describe("the LA's name on its directory page", () => {
  it('says what pages call the LA, by its name or, with none, by its code', () => {
    expect(presentLaName({ name: 'Northshire County Council', shownAs: 'Northshire County Council' }).summary).toBe(
      'Pages name your local authority Northshire County Council.',
    );
    expect(presentLaName({ name: null, shownAs: 'Local authority 201' })).toEqual({
      name: '',
      summary: 'Your local authority has no name yet, so pages call it Local authority 201.',
    });
  });
});
