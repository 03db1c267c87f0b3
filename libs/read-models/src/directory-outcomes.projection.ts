import type { RecordedEvent } from '@ap/event-store';
import type { Projection } from './projection';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

/** The provider directory: name, LA, registration and approval. */
export const providersProjection: Projection = {
  name: 'providers',
  categories: ['provider'],
  tables: ['rm_providers'],
  apply: async (event, tx) => {
    const d = event.data as Data;
    if (event.type === 'ProviderRegistered') {
      await tx.query(
        `INSERT INTO rm_providers (provider_id, name, la_code, registration, version) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (provider_id) DO NOTHING`,
        [d.providerId, d.name, d.laCode, d.registration.kind, event.streamVersion],
      );
    } else if (event.type === 'ProviderApprovalWithdrawn') {
      await tx.query(
        `UPDATE rm_providers SET approved_on = NULL, version = $2 WHERE provider_id = $1 AND version < $2`,
        [idOf(event), event.streamVersion],
      );
    } else if (event.type === 'ProviderApproved') {
      await tx.query(`UPDATE rm_providers SET approved_on = $2, version = $3 WHERE provider_id = $1 AND version < $3`, [
        idOf(event),
        d.approvedOn,
        event.streamVersion,
      ]);
    }
  },
};

/** Schools by name, for the pages (a referral lists its school, a provider's inbox the school that sent it), and the name of the calendar each school publishes. */
export const schoolsProjection: Projection = {
  name: 'schools',
  categories: ['school'],
  tables: ['rm_schools'],
  apply: async (event, tx) => {
    const d = event.data as Data;
    if (event.type === 'SchoolRegistered')
      await tx.query(
        `INSERT INTO rm_schools (urn, name, la_code, version) VALUES ($1, $2, $3, $4) ON CONFLICT (urn) DO NOTHING`,
        [d.urn, d.name, d.laCode, event.streamVersion],
      );
    else if (event.type === 'CalendarPublished')
      // The LA's directory shows which schools keep their own calendar (the others follow the LA's standard one).
      await tx.query(`UPDATE rm_schools SET calendar_name = $2, version = $3 WHERE urn = $1 AND version < $3`, [
        idOf(event),
        d.calendar.name,
        event.streamVersion,
      ]);
  },
};

/** The LAs by name (stream lacalendar-<la>): a later name replaces an earlier one. */
export const localAuthoritiesProjection: Projection = {
  name: 'local-authorities',
  categories: ['lacalendar'],
  tables: ['rm_local_authorities'],
  apply: async (event, tx) => {
    if (event.type !== 'LocalAuthorityNamed') return;
    const d = event.data as Data;
    await tx.query(
      `INSERT INTO rm_local_authorities (la_code, name, version) VALUES ($1, $2, $3)
       ON CONFLICT (la_code) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version
       WHERE rm_local_authorities.version < EXCLUDED.version`,
      [idOf(event), d.name, event.streamVersion],
    );
  },
};

/** Reviews (attendance, attainment) and transitions (reintegration, post-16): what the outcome measures count. */
export const outcomesProjection: Projection = {
  name: 'outcomes',
  categories: ['placement', 'transition'],
  tables: ['rm_reviews', 'rm_transitions'],
  apply: async (event, tx) => {
    const d = event.data as Data;
    const id = idOf(event);
    switch (event.type) {
      case 'PlacementReviewed':
        await tx.query(
          `INSERT INTO rm_reviews (placement_id, review_id, held_on, attendance_percent, english, maths) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [id, d.reviewId, d.heldOn, d.attendancePercent, d.englishAttainment ?? null, d.mathsAttainment ?? null],
        );
        return;
      case 'DestinationConfirmed':
        await tx.query(
          `INSERT INTO rm_transitions (placement_id, destination_kind, starts_on, post16, version) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (placement_id) DO UPDATE SET destination_kind = EXCLUDED.destination_kind, starts_on = EXCLUDED.starts_on, version = EXCLUDED.version
           WHERE rm_transitions.version < EXCLUDED.version`,
          [id, d.destination.kind, d.startsOn, d.destination.post16 ?? null, event.streamVersion],
        );
        return;
      case 'TransitionFollowUpRecorded':
        await tx.query(
          `UPDATE rm_transitions SET sustained = $2, checked_on = $3, version = $4 WHERE placement_id = $1 AND version < $4`,
          [id, d.sustained, d.checkedOn, event.streamVersion],
        );
        return;
      case 'Post16DestinationRecorded':
        await tx.query(`UPDATE rm_transitions SET post16 = $2, version = $3 WHERE placement_id = $1 AND version < $3`, [
          id,
          d.destination,
          event.streamVersion,
        ]);
        return;
    }
  },
};
