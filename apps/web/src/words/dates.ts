// Dates in words live with the history summaries that also use them (libs/application/src/words/dates.ts).
export { dateTime, daysBetween, fullDate, longDate, shortDate, shortDayDate, timeOfDay } from '@ap/application';
