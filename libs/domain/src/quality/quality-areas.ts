/**
 * IntegratED / CSJ AP Quality Toolkit (2022): 13 areas in three groups (REFERENCE §1.10, seed 002).
 * The toolkit's own rating scale was not available to us; ratings here are a 4-point scale (product decision).
 */
export const QUALITY_AREAS = {
  workforce: { group: 'community', name: 'Workforce development and wellbeing' },
  home_family: { group: 'community', name: 'Home and family engagement' },
  partnership: {
    group: 'community',
    name: 'Partnership working (LA, mainstream schools, external providers, other agencies)',
  },
  research_innovation: { group: 'community', name: 'Research and innovation' },
  induction: { group: 'curriculum', name: 'Pupil induction' },
  attendance_engagement: { group: 'curriculum', name: 'Attendance and engagement' },
  pupils_needs: { group: 'curriculum', name: 'Supporting pupils’ needs (literacy, SEND, health and wellbeing)' },
  quality_of_education: { group: 'curriculum', name: 'Quality of education' },
  personal_development: { group: 'currency', name: 'Personal development' },
  qualifications: { group: 'currency', name: 'Qualifications' },
  assessment_of_need: { group: 'currency', name: 'Assessment of need' },
  transition: { group: 'currency', name: 'Appropriate transition (mainstream, other AP, specialist)' },
  post16: { group: 'currency', name: 'Post-16 destinations' },
} as const;
export type QualityArea = keyof typeof QUALITY_AREAS;
export const QUALITY_AREA_CODES = Object.keys(QUALITY_AREAS) as QualityArea[];

export const QUALITY_RATINGS = { 1: 'Not yet in place', 2: 'Developing', 3: 'Established', 4: 'Strong' } as const;
export type QualityRating = 1 | 2 | 3 | 4;
export const isQualityRating = (value: unknown): value is QualityRating =>
  value === 1 || value === 2 || value === 3 || value === 4;
