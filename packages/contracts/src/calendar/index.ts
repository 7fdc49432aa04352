// Shenzhen calendar dates and working days, shared by the domains (exported from ../index.ts).
export {
  calendarDateInShenzhen,
  calendarDaysBetween,
  isWorkingDay,
  lastOfWorkingDays,
  nextWorkingDay,
  workingDaysLeft,
} from './workingDays.ts';
export type { WorkingDayCalendar } from './workingDays.ts';
