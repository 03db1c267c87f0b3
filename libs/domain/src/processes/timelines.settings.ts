/** §0 default deadlines in school days; an LA may set its own (PUT /las/{la}/timelines). */
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

export type TimelineSettings = { readonly [K in keyof typeof DEFAULT_TIMELINES]: number };
export const TIMELINE_SETTING_NAMES = Object.keys(DEFAULT_TIMELINES) as ReadonlyArray<keyof TimelineSettings>;

/** An LA's settings over the defaults. */
export const resolveTimelines = (overrides: Partial<TimelineSettings> | undefined): TimelineSettings => ({
  ...DEFAULT_TIMELINES,
  ...(overrides ?? {}),
});
