import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A placement as the placements projection keeps it: the dashboard's part-time table reads it. */
@Entity({ name: 'rm_placements' })
export class PlacementRow {
  @PrimaryColumn({ name: 'placement_id', type: 'text' }) placementId!: string;
  @Column({ name: 'referral_id', type: 'text' }) referralId!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ name: 'commissioner_id', type: 'text' }) commissionerId!: string;
  @Column({ name: 'commissioner_la', type: 'text' }) commissionerLa!: string;
  @Column({ type: 'text' }) upn!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'full_time', type: 'boolean' }) fullTime!: boolean;
  @Column({ name: 'hours_per_week', type: 'numeric' }) hoursPerWeek!: string;
  @Column({ name: 'looked_after_or_ehcp', type: 'boolean' }) lookedAfterOrEhcp!: boolean;
  @Column({ name: 'compulsory_age', type: 'boolean' }) compulsoryAge!: boolean;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'started_on', type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ name: 'part_time_since', type: 'date', nullable: true }) partTimeSince!: string | null;
  @Column({ name: 'part_time_end', type: 'date', nullable: true }) partTimeEnd!: string | null;
  @Column({ type: 'int', nullable: true }) tier!: number | null;
  @Column({ name: 'planned_end_date', type: 'date', nullable: true }) plannedEndDate!: string | null;
  @Column({ name: 'extension_reason', type: 'text', nullable: true }) extensionReason!: string | null;
  @Column({ type: 'int' }) extensions!: number;
  @Column({ type: 'int' }) version!: number;
}
