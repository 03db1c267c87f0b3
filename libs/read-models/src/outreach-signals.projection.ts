import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@ap/event-store';
import type { ExclusionEvent, OutreachEvent, PlacementEvent, ReferralEvent } from '@ap/domain';
import type { Projection } from './projection';

type Data<U extends { type: string; data: unknown }, T extends U['type']> = Extract<U, { type: T }>['data'];
const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

/**
 * Tier 1 and early intervention: outreach episodes, every exclusion as recorded, the attendance last reported about
 * a pupil and declined referrals. Rows carry natural keys (or the stream version), so a duplicate delivery is a no-op.
 */
export const outreachSignalsProjection: Projection = {
  name: 'outreach-signals',
  categories: ['outreach', 'exclusions', 'referral', 'placement'],
  tables: ['rm_outreach', 'rm_pupil_exclusions', 'rm_attendance', 'rm_referral_declines'],
  apply: async (event, tx) => {
    if (event.streamId.startsWith('outreach-')) return outreach(event, tx);
    switch (event.type) {
      case 'ExclusionRecorded': {
        const d = event.data as Data<ExclusionEvent, 'ExclusionRecorded'>;
        await tx.query(
          `INSERT INTO rm_pupil_exclusions (exclusion_id, upn, school_urn, school_la, home_la, exclusion_type, start_date,
                                            sessions, starts_part_way)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (exclusion_id) DO NOTHING`,
          [
            d.exclusionId,
            d.upn,
            d.schoolUrn,
            d.schoolLaCode,
            d.homeLaCode,
            d.exclusionType,
            d.startDate,
            d.sessions ?? null,
            d.startsPartWay ?? false,
          ],
        );
        return;
      }
      case 'ExclusionCancelled':
        await tx.query('UPDATE rm_pupil_exclusions SET cancelled = true WHERE exclusion_id = $1', [
          (event.data as Data<ExclusionEvent, 'ExclusionCancelled'>).exclusionId,
        ]);
        return;
      case 'ReferralSectionCompleted': {
        const d = event.data as Data<ReferralEvent, 'ReferralSectionCompleted'>;
        if (d.section !== 'attendance') return;
        return attendance(tx, idOf(event), 'referral', d.content.asOf, d.content.percent);
      }
      case 'PlacementReviewed': {
        const d = event.data as Data<PlacementEvent, 'PlacementReviewed'>;
        return attendance(tx, idOf(event), 'review', d.heldOn, d.attendancePercent);
      }
      case 'ReferralDeclined': {
        const d = event.data as Data<ReferralEvent, 'ReferralDeclined'>;
        await tx.query(
          `INSERT INTO rm_referral_declines (referral_id, provider_id, declined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [idOf(event), d.providerId, d.declinedAt],
        );
        return;
      }
      default:
        return;
    }
  },
};

const attendance = async (tx: PoolClient, subject: string, source: string, asOf: string, percent: number) => {
  await tx.query(
    `INSERT INTO rm_attendance (subject_id, source, as_of, percent) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject_id, source, as_of) DO UPDATE SET percent = EXCLUDED.percent`,
    [subject, source, asOf, percent],
  );
};

async function outreach(event: RecordedEvent, tx: PoolClient): Promise<void> {
  const id = idOf(event);
  const v = event.streamVersion;
  const update = (set: string, params: unknown[]) =>
    tx.query(`UPDATE rm_outreach SET ${set}, version = $2 WHERE outreach_id = $1 AND version < $2`, [id, v, ...params]);
  switch (event.type) {
    case 'OutreachRequested': {
      const d = event.data as Data<OutreachEvent, 'OutreachRequested'>;
      await tx.query(
        `INSERT INTO rm_outreach (outreach_id, upn, school_urn, la_code, provider_id, status, needs, tried, objectives, requested_on, version)
         VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, $8, $9, $10) ON CONFLICT (outreach_id) DO NOTHING`,
        [
          id,
          d.upn,
          d.schoolUrn,
          d.laCode,
          d.providerId,
          d.needs,
          JSON.stringify(d.tried),
          JSON.stringify(d.objectives),
          d.requestedOn,
          v,
        ],
      );
      if (d.attendancePercent !== undefined) await attendance(tx, id, 'outreach', d.requestedOn, d.attendancePercent);
      return;
    }
    case 'OutreachAccepted':
      await update(`status = 'active', accepted_on = $3`, [
        (event.data as Data<OutreachEvent, 'OutreachAccepted'>).acceptedOn,
      ]);
      return;
    case 'OutreachDeclined':
      await update(`status = 'declined'`, []);
      return;
    case 'OutreachSessionRecorded': {
      const d = event.data as Data<OutreachEvent, 'OutreachSessionRecorded'>;
      await update(`sessions = sessions + 1, minutes = minutes + $3, attended = attended + $4`, [
        d.durationMinutes,
        d.attendance === 'absent' ? 0 : 1,
      ]);
      return;
    }
    case 'OutreachClosed': {
      const d = event.data as Data<OutreachEvent, 'OutreachClosed'>;
      await update(`status = 'closed', closed_on = $3, objectives_met = $4, summary = $5`, [
        d.closedOn,
        d.objectivesMet,
        d.summary,
      ]);
      return;
    }
    default:
      return;
  }
}
