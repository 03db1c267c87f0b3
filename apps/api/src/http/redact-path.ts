const UPN_IN_TEXT = /(^|[/\s'"-])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?=[/\s'".,:]|$)/gi;

/**
 * Decodes %XX escapes (a few rounds, for %25-encoded ones) byte by byte, so `%42801…` is seen as the UPN it names;
 * a malformed sequence is left as it is rather than throwing.
 */
function decoded(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Log paths without query strings or UPNs (also percent-encoded ones): a UPN identifies a child. */
export const redactPath = (url: string): string => decoded(url.split('?')[0]!).replace(UPN_IN_TEXT, '$1:upn');
