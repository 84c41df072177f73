const DAY_MS = 86_400_000;

/**
 * The date Excel shows for a serial number, in ISO order ("1900-01-02", with "hh:mm" when the
 * number has a time part). The 1900 date system counts 1900-01-01 as day 1 and keeps Lotus 1-2-3's
 * 1900-02-29 as day 60, so days from 61 on are one more than the calendar's; day 0 is shown as
 * 1900-01-00. The 1904 system counts from 1904-01-01 as day 0 (learn.microsoft.com: "Date systems
 * in Excel").
 */
export function dateShown(serial: number, date1904: boolean): string {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 24 * 60);
  const time =
    minutes === 0
      ? ""
      : ` ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  let date: string;
  if (date1904) date = isoDate(Date.UTC(1904, 0, 1) + days * DAY_MS);
  else if (days === 0) date = "1900-01-00";
  else if (days === 60) date = "1900-02-29";
  else date = isoDate(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * DAY_MS);
  return date + time;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
