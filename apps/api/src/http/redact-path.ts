/** Log paths without query strings or UPNs: a UPN identifies a child and stays out of the logs. */
export const redactPath = (url: string): string =>
  url.split('?')[0]!.replace(/(^|[/\s'"-])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?=[/\s'".,:]|$)/gi, '$1:upn');
