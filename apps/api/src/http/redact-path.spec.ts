import { redactPath } from './redact-path';

describe('request logging', () => {
  it('keeps UPNs and query strings out of logged paths', () => {
    expect(redactPath('/pupils/B801200005001/history?asOf=2025-11-06')).toBe('/pupils/:upn/history');
    expect(redactPath('/pupils/G80120000101A')).toBe('/pupils/:upn');
    expect(redactPath('/referrals/4b1c2e6e-1b7e-4c55-9f0b-1d2e3f4a5b6c')).toBe(
      '/referrals/4b1c2e6e-1b7e-4c55-9f0b-1d2e3f4a5b6c',
    );
  });

  it('redacts a UPN written with percent-encoding, after decoding', () => {
    expect(redactPath('/pupils/%42801200005001/history')).toBe('/pupils/:upn/history');
    expect(redactPath('/pupils/%62%38%30%31200005001')).toBe('/pupils/:upn');
    expect(redactPath('/pupils/%2542801200005001')).toBe('/pupils/:upn');
    expect(redactPath('/pupils/%E0%A4%A/B801200005001')).not.toContain('B801200005001');
  });
});
