/** A type guard for the keys of a code → label record. */
export const isCodeOf =
  <R extends Readonly<Record<string, string>>>(record: R) =>
  (value: unknown): value is keyof R & string =>
    typeof value === 'string' && Object.hasOwn(record, value);
