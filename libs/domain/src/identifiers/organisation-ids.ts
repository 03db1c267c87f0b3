/** Establishment and LA identifiers (REFERENCE.md §2.2). Format checks only: existence is GIAS's business. */

/** Unique Reference Number of an establishment (GIAS): 6 digits. */
export function isValidUrn(value: string): boolean {
  return /^[0-9]{6}$/.test(value);
}

/** DfE local authority code (201 … 943): 3 digits. */
export function isValidLaCode(value: string): boolean {
  return /^[0-9]{3}$/.test(value);
}

/** UK Provider Reference Number, for non-school providers: 8 digits. */
export function isValidUkprn(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/** LAESTAB ("DfE number"): 3-digit LA code + 4-digit establishment number. */
export function isValidLaestab(value: string): boolean {
  return /^[0-9]{7}$/.test(value);
}
