import { must, type ApiClient } from '../api/api-client';
import type { Names } from './la-dashboard.presenter';

/** The LA's schools and providers by id, so pages show names rather than URNs and ids. */
export async function laNames(api: ApiClient, laCode: string): Promise<Names> {
  const [schools, providers] = await Promise.all([
    must(api.GET('/las/{laCode}/schools', { params: { path: { laCode } } })),
    must(api.GET('/providers', { params: { query: { laCode } } })),
  ]);
  const s = (schools as unknown as { schools: Array<{ urn: string; name: string }> }).schools;
  const p = (providers as unknown as { providers: Array<{ providerId: string; name: string }> }).providers;
  return {
    schools: new Map(s.map((x) => [x.urn, x.name])),
    providers: new Map(p.map((x) => [x.providerId, x.name])),
  };
}
