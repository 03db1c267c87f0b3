/** §0 default deadlines in school days (configurable per LA in a later release). */
export const DEFAULT_TIMELINES = {
  providerResponse: 3,
  informationRequest: 2,
  inductionMeeting: 5,
  inductionBaseline: 10,
  inductionPlan: 15,
  placementReview: 30,
  partTimeReview: 10,
  partTimeEscalation: 30,
  reintegrationFollowUp: 30,
} as const;
