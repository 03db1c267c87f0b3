import { Inject, Injectable } from '@nestjs/common';
import { AggregateReader } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { FULL_TIME_CASE_LAW_HOURS, type DirectoryState, type ProviderFullTimeRoll } from '@ap/domain';

export type ProviderThresholdInput = Readonly<{ registered: boolean; fullTimeRoll: ProviderFullTimeRoll }>;

@Injectable()
export class DirectoryService {
  constructor(
    private readonly reader: AggregateReader,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  async provider(providerId: string): Promise<DirectoryState | undefined> {
    return (await this.providerVersioned(providerId))?.state;
  }

  /** The provider with its stream version, the ETag a page sends back in If-Match. */
  async providerVersioned(providerId: string): Promise<{ state: DirectoryState; version: number } | undefined> {
    const { state, version } = await this.reader.load('provider', providerId);
    return state.kind === 'provider' ? { state, version } : undefined;
  }

  /**
   * What the registration threshold needs: whether the provider is registered (a school, or an FE provider with a
   * UKPRN, is not subject to the unregistered-AP threshold), and its current full-time pupils of compulsory school
   * age (from the placements read model, so a placement made in the last moments may not be counted yet). A provider
   * missing from the directory counts as unregistered with no pupils.
   */
  async thresholdInput(providerId: string): Promise<ProviderThresholdInput> {
    const state = await this.provider(providerId);
    if (!state) return { registered: false, fullTimeRoll: { fullTimePupils: 0, fullTimeLookedAfterOrEhcp: 0 } };
    const { rows } = await this.db.pool.query<{ pupils: string; la_or_ehcp: string }>(
      `SELECT count(*)::text AS pupils, count(*) FILTER (WHERE looked_after_or_ehcp)::text AS la_or_ehcp
         FROM rm_placements
        WHERE provider_id = $1 AND status IN ('planned', 'active') AND compulsory_age AND hours_per_week >= $2`,
      [providerId, FULL_TIME_CASE_LAW_HOURS],
    );
    return {
      registered: state.registration !== undefined && state.registration.kind !== 'unregistered',
      fullTimeRoll: { fullTimePupils: Number(rows[0].pupils), fullTimeLookedAfterOrEhcp: Number(rows[0].la_or_ehcp) },
    };
  }

  /** A school, provider or LA by name, for the pages (names, not ids); null where the directory has none. */
  async name(kind: 'school' | 'provider' | 'la', id: string): Promise<string | null> {
    if (kind === 'la') return (await this.reader.load('lacalendar', id)).state.name ?? null;
    const { state } = await this.reader.load(kind, id);
    return state.kind === kind ? (state.name ?? null) : null;
  }

  async school(urn: string): Promise<DirectoryState | undefined> {
    const { state } = await this.reader.load('school', urn);
    return state.kind === 'school' ? state : undefined;
  }

  async schoolLa(urn: string): Promise<string | undefined> {
    const { state } = await this.reader.load('school', urn);
    return state.kind === 'school' ? state.laCode : undefined;
  }
}
