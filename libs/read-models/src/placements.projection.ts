import { upcastPlacementEvent, type PlacementEvent } from '@ap/domain';
import { isCompulsorySchoolAge, type YearGroup } from '@ap/domain';
import type { Projection } from './projection';

type Data<T extends PlacementEvent['type']> = Extract<PlacementEvent, { type: T }>['data'];

/** One row per placement: the provider directory's rolls and the registration threshold read it. */
export const placementsProjection: Projection = {
  name: 'placements',
  categories: ['placement'],
  tables: ['rm_placements'],
  apply: async (event, tx) => {
    const id = event.streamId.slice('placement-'.length);
    const v = event.streamVersion;
    switch (event.type) {
      case 'PlacementCreated': {
        const d = upcastPlacementEvent(event).data as Data<'PlacementCreated'>;
        await tx.query(
          `INSERT INTO rm_placements (placement_id, referral_id, provider_id, commissioner_id, commissioner_la, upn, status, full_time,
             hours_per_week, looked_after_or_ehcp, compulsory_age, start_date, part_time_since, part_time_end, version, tier, planned_end_date)
           VALUES ($1, $2, $3, $4, $5, $6, 'planned', $7, $8, $12, $9, $10, $13, $14, $11, $15, $16) ON CONFLICT (placement_id) DO NOTHING`,
          [
            id,
            d.referralId,
            d.providerId,
            d.commissioner.organisationId,
            d.commissioner.laCode,
            d.upn,
            d.fullTime,
            d.timetable.hoursPerWeek,
            isCompulsorySchoolAge(d.yearGroup as YearGroup),
            d.startDate,
            v,
            d.lookedAfterOrEhcp,
            d.timetable.partTime ? d.startDate : null,
            d.timetable.partTime?.endDate ?? null,
            d.tier,
            d.plannedEndDate ?? null,
          ],
        );
        return;
      }
      case 'PlacementExtended': {
        const d = event.data as Data<'PlacementExtended'>;
        await tx.query(
          `UPDATE rm_placements SET planned_end_date = $2, extension_reason = $3, extensions = extensions + 1, version = $4
           WHERE placement_id = $1 AND version < $4`,
          [id, d.plannedEndDate, d.reason, v],
        );
        return;
      }
      case 'PlacementStarted':
        await tx.query(
          `UPDATE rm_placements SET status = 'active', started_on = $2, version = $3 WHERE placement_id = $1 AND version < $3`,
          [id, (event.data as Data<'PlacementStarted'>).startedOn, v],
        );
        return;
      case 'PlacementHoursChanged': {
        const d = event.data as Data<'PlacementHoursChanged'>;
        await tx.query(
          `UPDATE rm_placements SET hours_per_week = $2, full_time = $3, version = $4,
             part_time_since = CASE WHEN $5::date IS NULL THEN NULL ELSE coalesce(part_time_since, $6::date) END, part_time_end = $5
           WHERE placement_id = $1 AND version < $4`,
          [id, d.timetable.hoursPerWeek, d.fullTime, v, d.timetable.partTime?.endDate ?? null, d.effectiveFrom],
        );
        return;
      }
      case 'PlacementEnded':
        await tx.query(
          `UPDATE rm_placements SET status = 'ended', ended_on = $2, version = $3 WHERE placement_id = $1 AND version < $3`,
          [id, (event.data as Data<'PlacementEnded'>).endedOn, v],
        );
        return;
      default:
        await tx.query('UPDATE rm_placements SET version = $2 WHERE placement_id = $1 AND version < $2', [id, v]);
    }
  },
};
