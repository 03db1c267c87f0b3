import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day-6 clock (timelines projection): the LA dashboard's open clocks, breaches and missing parent notices. */
@Entity({ name: 'rm_day6' })
export class Day6Row {
  @PrimaryColumn({ name: 'period_id', type: 'text' }) periodId!: string;
  @Column({ type: 'text' }) upn!: string;
  @Column({ name: 'school_urn', type: 'text', nullable: true }) schoolUrn!: string | null;
  @Column({ name: 'responsible_kind', type: 'text' }) responsibleKind!: string;
  @Column({ name: 'responsible_id', type: 'text' }) responsibleId!: string;
  @Column({ name: 'la_code', type: 'text' }) laCode!: string;
  @Column({ type: 'date' }) day1!: string;
  @Column({ type: 'date' }) day6!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'referral_id', type: 'text', nullable: true }) referralId!: string | null;
  @Column({ name: 'accepted_start', type: 'date', nullable: true }) acceptedStart!: string | null;
  @Column({ name: 'started_on', type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ name: 'started_full_time', type: 'boolean', nullable: true }) startedFullTime!: boolean | null;
  @Column({ name: 'first_notice_at', type: 'timestamptz', nullable: true }) firstNoticeAt!: Date | null;
  @Column({ name: 'first_notice_missing', type: 'boolean' }) firstNoticeMissing!: boolean;
  @Column({ name: 'provision_notice_missing', type: 'boolean' }) provisionNoticeMissing!: boolean;
  @Column({ name: 'stream_id', type: 'text', nullable: true }) streamId!: string | null;
  @Column({ name: 'looked_after', type: 'boolean' }) lookedAfter!: boolean;
  @Column({ name: 'ended_reason', type: 'text', nullable: true }) endedReason!: string | null;
  @Column({ name: 'part_time_started_on', type: 'date', nullable: true }) partTimeStartedOn!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

/** An overdue timeline item (a provider's response, an induction, a review) until it is resolved. */
@Entity({ name: 'rm_overdue' })
export class OverdueRow {
  @PrimaryColumn({ name: 'item_id', type: 'text' }) itemId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'subject_id', type: 'text' }) subjectId!: string;
  @Column({ name: 'la_code', type: 'text' }) laCode!: string;
  @Column({ name: 'due_by', type: 'date' }) dueBy!: string;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
