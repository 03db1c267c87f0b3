import { isCodeOf } from './code-guard';

/** Attendance codes used for AP (School Attendance (Pupil Registration) (England) Regulations 2024 reg 10; §2.4). */
export const AP_ATTENDANCE_CODES = {
  K: 'Attending education provision arranged by the local authority',
  B: 'Attending any other approved educational activity arranged by the school',
  D: 'Dual registered: attending the other school',
  E: 'Suspended or permanently excluded, no alternative provision made',
  C2: 'Leave of absence for a compulsory school age pupil subject to a part-time timetable',
} as const;
export type ApAttendanceCode = keyof typeof AP_ATTENDANCE_CODES;
export const isApAttendanceCode = isCodeOf(AP_ATTENDANCE_CODES);
