import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A referral as the lists, inbox, pupil search and dashboard read it (written by the referrals projection). Read
 * side only: the write model is the referral's event stream, never this row (STYLE.md: no entity as both).
 */
@Entity({ name: 'rm_referrals' })
export class ReferralRow {
  @PrimaryColumn({ name: 'referral_id', type: 'text' }) referralId!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'commissioner_kind', type: 'text' }) commissionerKind!: string;
  @Column({ name: 'commissioner_id', type: 'text' }) commissionerId!: string;
  @Column({ name: 'commissioner_la', type: 'text' }) commissionerLa!: string;
  @Column({ name: 'home_la', type: 'text', nullable: true }) homeLa!: string | null;
  @Column({ type: 'text', nullable: true }) upn!: string | null;
  @Column({ name: 'provider_id', type: 'text', nullable: true }) providerId!: string | null;
  @Column({ type: 'text', array: true }) providers!: string[];
  @Column({ name: 'open_request_id', type: 'text', nullable: true }) openRequestId!: string | null;
  @Column({ name: 'sen_provision', type: 'text', nullable: true }) senProvision!: string | null;
  @Column({ name: 'social_worker', type: 'boolean', nullable: true }) socialWorker!: boolean | null;
  @Column({ name: 'looked_after', type: 'boolean', nullable: true }) lookedAfter!: boolean | null;
  @Column({ name: 'pupil_name', type: 'text', nullable: true }) pupilName!: string | null;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ name: 'year_group', type: 'text', nullable: true }) yearGroup!: string | null;
  @Column({ name: 'respond_by', type: 'date', nullable: true }) respondBy!: string | null;
  @Column({ name: 'information_due_by', type: 'date', nullable: true }) informationDueBy!: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'timelines_version', type: 'int' }) timelinesVersion!: number;
}

/** Facts about a referral that only the LA's filters use (pupil premium), kept beside the referral row. */
@Entity({ name: 'rm_referral_facts' })
export class ReferralFactsRow {
  @PrimaryColumn({ name: 'referral_id', type: 'text' }) referralId!: string;
  @Column({ name: 'pupil_premium', type: 'boolean', nullable: true }) pupilPremium!: boolean | null;
  @Column({ type: 'int' }) version!: number;
}
