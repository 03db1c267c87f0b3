import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@ap/event-store';
import type { CafeEvent, QualityEvent, VoiceEvent } from '@ap/domain';
import type { Projection } from './projection';

type Data<U extends { type: string; data: unknown }, T extends U['type']> = Extract<U, { type: T }>['data'];
const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);
const json = (value: unknown) => JSON.stringify(value);

/** The CAFE panel's reviews and actions, feedback per provider, and each provider's latest quality profile. */
export const panelQualityProjection: Projection = {
  name: 'panel-quality',
  categories: ['cafe', 'voice', 'quality'],
  tables: ['rm_cafe_reviews', 'rm_cafe_actions', 'rm_feedback', 'rm_quality'],
  apply: async (event, tx) => {
    switch (event.type) {
      case 'CafeReviewRecorded':
        return cafeReview(event.data as Data<CafeEvent, 'CafeReviewRecorded'>, tx);
      case 'CafeActionCompleted': {
        const d = event.data as Data<CafeEvent, 'CafeActionCompleted'>;
        await tx.query(`UPDATE rm_cafe_actions SET completed_on = $3 WHERE review_id = $1 AND action_id = $2`, [
          idOf(event),
          d.actionId,
          d.completedOn,
        ]);
        return;
      }
      case 'FeedbackGiven': {
        const d = event.data as Data<VoiceEvent, 'FeedbackGiven'>;
        const a = d.answers;
        await tx.query(
          `INSERT INTO rm_feedback (placement_id, feedback_id, provider_id, respondent, helped, listened_to, safe, would_recommend, comments, given_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
          [
            idOf(event),
            d.feedbackId,
            d.providerId,
            d.respondent,
            a.helped,
            a.listenedTo,
            a.safe,
            a.wouldRecommend,
            d.comments,
            d.givenOn,
          ],
        );
        return;
      }
      case 'SelfAssessmentSubmitted': {
        const d = event.data as Data<QualityEvent, 'SelfAssessmentSubmitted'>;
        // The latest self-assessment replaces the profile until it is moderated.
        await tx.query(
          `INSERT INTO rm_quality (provider_id, la_code, assessment_id, submitted_on, self_assessed) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (provider_id) DO UPDATE SET la_code = $2, assessment_id = $3, submitted_on = $4, self_assessed = $5,
             moderated_on = NULL, agreed = NULL, actions = NULL WHERE rm_quality.assessment_id <> $3`,
          [d.providerId, d.laCode, d.assessmentId, d.submittedOn, json(d.areas)],
        );
        return;
      }
      case 'SelfAssessmentModerated': {
        const d = event.data as Data<QualityEvent, 'SelfAssessmentModerated'>;
        await tx.query(
          `UPDATE rm_quality SET moderated_on = $3, agreed = $4, actions = $5 WHERE provider_id = $1 AND assessment_id = $2`,
          [idOf(event), d.assessmentId, d.moderatedOn, json(d.agreed), json(d.actions)],
        );
        return;
      }
      default:
        return;
    }
  },
};

async function cafeReview(d: Data<CafeEvent, 'CafeReviewRecorded'>, tx: PoolClient): Promise<void> {
  await tx.query(
    `INSERT INTO rm_cafe_reviews (review_id, upn, la_code, held_on, attendees, reasons, recommendations)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [d.reviewId, d.upn, d.laCode, d.heldOn, json(d.attendees), json(d.reasons), json(d.recommendations)],
  );
  for (const a of d.actions)
    await tx.query(
      `INSERT INTO rm_cafe_actions (review_id, action_id, upn, la_code, description, owner, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [d.reviewId, a.actionId, d.upn, d.laCode, a.description, a.owner, a.dueDate],
    );
}
