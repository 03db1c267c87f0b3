import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { CafeReviewRecorded } from './cafe.events';

export type RecordCafeReview = Command<'RecordCafeReview', Omit<CafeReviewRecorded['data'], 'recordedAt'>>;
export type CompleteCafeAction = Command<
  'CompleteCafeAction',
  { actionId: string; completedOn: IsoDate; note?: string }
>;

export type CafeCommand = RecordCafeReview | CompleteCafeAction;
