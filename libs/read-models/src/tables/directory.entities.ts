import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A school in the LA directory: the lists show its name for the referrals it commissioned. */
@Entity({ name: 'rm_schools' })
export class SchoolRow {
  @PrimaryColumn({ type: 'text' }) urn!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'la_code', type: 'text' }) laCode!: string;
  @Column({ name: 'calendar_name', type: 'text', nullable: true }) calendarName!: string | null;
  @Column({ type: 'int' }) version!: number;
}

/** A provider in the directory: the lists show its name. */
@Entity({ name: 'rm_providers' })
export class ProviderRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'la_code', type: 'text' }) laCode!: string;
  @Column({ type: 'text' }) registration!: string;
  @Column({ name: 'approved_on', type: 'date', nullable: true }) approvedOn!: string | null;
  @Column({ type: 'int' }) version!: number;
}
