import { assertNever, IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './quality.commands';
import { isQualityRating, QUALITY_AREA_CODES, type QualityArea } from './quality-areas';
import type { QualityEvent } from './quality.events';
import type { QualityState } from './quality.state';

export function decideQuality(command: C.QualityCommand, state: QualityState): QualityEvent[] {
  switch (command.type) {
    case 'SubmitSelfAssessment':
      return submit(command, state);
    case 'ModerateSelfAssessment':
      return moderate(command, state);
    default:
      return assertNever(command);
  }
}

/** Every one of the 13 areas, once each, rated on the scale: the missing and unknown ones are named. */
function assertAllAreas(entries: ReadonlyArray<{ area: QualityArea; rating: unknown }>, field: string): void {
  const missing = QUALITY_AREA_CODES.filter((a) => !entries.some((e) => e.area === a));
  const unknown = entries.filter((e) => !QUALITY_AREA_CODES.includes(e.area)).map((e) => e.area);
  const badRating = entries.filter((e) => !isQualityRating(e.rating)).map((e) => e.area);
  if (missing.length || unknown.length || badRating.length || entries.length !== QUALITY_AREA_CODES.length)
    throw new RuleViolationError('QUALITY_AREAS_INCOMPLETE', 'Rate each of the 13 areas once, 1 to 4', {
      field,
      missing,
      unknown,
      badRating,
    });
}

function submit(command: C.SubmitSelfAssessment, state: QualityState): QualityEvent[] {
  const d = command.data;
  if (state.assessments[d.assessmentId]) return [];
  assertAllAreas(d.areas, 'areas');
  const noEvidence = d.areas.filter((a) => !a.evidence.trim()).map((a) => a.area);
  if (noEvidence.length)
    throw new RuleViolationError('EVIDENCE_REQUIRED', 'Give evidence for each area', {
      field: 'areas',
      missing: noEvidence,
    });
  return [{ type: 'SelfAssessmentSubmitted', data: { ...d, areas: d.areas.map((a) => ({ ...a })) } }];
}

function moderate(command: C.ModerateSelfAssessment, state: QualityState): QualityEvent[] {
  const d = command.data;
  const assessment = state.assessments[d.assessmentId];
  if (!assessment) throw new IllegalStateError('ASSESSMENT_NOT_FOUND', 'No such self-assessment');
  if (assessment.moderatedOn) return [];
  if (d.moderatedOn < assessment.submittedOn)
    throw new RuleViolationError('MODERATED_BEFORE_SUBMISSION', 'Moderation follows the self-assessment', {
      field: 'moderatedOn',
    });
  assertAllAreas(d.agreed, 'agreed');
  const bad = d.actions.filter(
    (a) =>
      !QUALITY_AREA_CODES.includes(a.area) || !a.description.trim() || !a.owner.trim() || a.dueDate < d.moderatedOn,
  );
  if (bad.length)
    throw new RuleViolationError(
      'ACTION_INCOMPLETE',
      'Each action needs an area, a description, an owner and a due date',
      {
        field: 'actions',
        actions: bad.map((a) => a.actionId),
      },
    );
  return [
    {
      type: 'SelfAssessmentModerated',
      data: {
        ...d,
        moderatedBy: command.metadata.actor.organisationId,
        agreed: [...d.agreed],
        actions: [...d.actions],
      },
    },
  ];
}
