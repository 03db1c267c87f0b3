import { sameContent } from './same-content';

describe('sameContent', () => {
  it('treats objects with the same members in another key order as the same', () => {
    expect(sameContent({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
  });

  it('treats an undefined member as absent, as JSON does', () => {
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('tells different values, array orders and shapes apart', () => {
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent({ a: [] }, { a: {} })).toBe(false);
    expect(sameContent({ a: null }, { a: undefined })).toBe(false);
    expect(sameContent(undefined, null)).toBe(false);
  });
});
