/** The §0 default deadlines as the API answers them, for the settings page's specs. */
export const DEFAULT_DEADLINES = {
  providerResponse: 3,
  informationRequest: 2,
  inductionMeeting: 5,
  inductionBaseline: 10,
  inductionPlan: 15,
  placementReview: 30,
  partTimeReview: 10,
  partTimeEscalation: 30,
  reintegrationFollowUp: 30,
};
