import { longDate } from '../words/dates';
import type { Area } from './quality.form';

export const RATING_TEXT: Readonly<Record<number, string>> = {
  1: 'Not yet in place',
  2: 'Developing',
  3: 'Established',
  4: 'Strong',
};
export const GROUP_TEXT: Readonly<Record<string, string>> = {
  community: 'Community',
  curriculum: 'Curriculum',
  currency: 'Currency',
};

type Rated = Readonly<{ area: string; rating: number; evidence?: string; note?: string }>;
type Action = Readonly<{ area: string; description: string; owner: string; dueDate: string }>;
export type QualityProfile = Readonly<{
  providerId: string;
  assessmentId?: string;
  submittedOn?: string;
  selfAssessed: readonly Rated[] | null;
  moderatedOn?: string | null;
  agreed: readonly Rated[] | null;
  actions: readonly Action[] | null;
}>;

const ratingText = (r: Rated | undefined) => (r ? `${r.rating}: ${RATING_TEXT[r.rating] ?? ''}` : 'Not agreed yet');

/** The three groups of the toolkit, each with its areas in the toolkit's order. */
export function groupAreas(areas: readonly Area[]) {
  return Object.entries(GROUP_TEXT).map(([group, name]) => ({
    group,
    name,
    areas: areas.filter((a) => a.group === group),
  }));
}

export function profileStatus(p: QualityProfile | null) {
  if (!p?.selfAssessed) return { text: 'Not assessed', classes: 'govuk-tag--grey' };
  if (!p.agreed) return { text: 'Waiting for moderation', classes: 'govuk-tag--yellow' };
  return { text: 'Moderated', classes: 'govuk-tag--green' };
}

/** A provider's profile: per group, each area's self-assessed rating with its evidence beside the agreed one. */
export function presentProfile(p: QualityProfile, areas: readonly Area[]) {
  const by = (list: readonly Rated[] | null) => new Map((list ?? []).map((r) => [r.area, r]));
  const [self, agreed] = [by(p.selfAssessed), by(p.agreed)];
  const name = new Map(areas.map((a) => [a.code, a.name]));
  return {
    status: profileStatus(p),
    assessed: p.selfAssessed !== null,
    moderated: p.agreed !== null,
    submitted: p.submittedOn ? longDate(p.submittedOn) : undefined,
    moderatedOn: p.moderatedOn ? longDate(p.moderatedOn) : undefined,
    groups: groupAreas(areas).map((g) => ({
      name: g.name,
      areas: g.areas.map((a) => ({
        code: a.code,
        name: a.name,
        selfRating: self.get(a.code)?.rating,
        self: ratingText(self.get(a.code)),
        evidence: self.get(a.code)?.evidence ?? '',
        agreed: ratingText(agreed.get(a.code)),
        note: agreed.get(a.code)?.note ?? '',
      })),
    })),
    actions: (p.actions ?? []).map((a) => ({
      area: name.get(a.area) ?? a.area,
      description: a.description,
      owner: a.owner,
      due: longDate(a.dueDate),
    })),
  };
}

/** The average rating of a group's areas, agreed where moderated, else as self-assessed. */
export function groupScore(p: QualityProfile | null, areas: readonly Area[], group: string): string {
  const ratings = p?.agreed ?? p?.selfAssessed;
  const codes = new Set(areas.filter((a) => a.group === group).map((a) => a.code));
  const inGroup = (ratings ?? []).filter((r) => codes.has(r.area));
  if (inGroup.length === 0) return 'Not assessed';
  return (inGroup.reduce((s, r) => s + r.rating, 0) / inGroup.length).toFixed(1);
}
