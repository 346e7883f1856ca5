/** Whether the day exists in the Gregorian calendar (month 1-12, the month's length, 29 February in leap years). */
export function dayExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
