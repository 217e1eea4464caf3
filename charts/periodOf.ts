// The span of calendar time an ISO date value of the dates table covers: a day, a month or a
// year, as ISO day strings [start, end) computed without the local time zone.

/** "2011" → ["2011-01-01", "2012-01-01"]; "2016-07" → ["2016-07-01", "2016-08-01"]; null when not ISO. */
export function periodOf(value: string | null | undefined): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const next = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]) + 1));
    return [`${m[1]}-${m[2]}-${m[3]}`, next.toISOString().slice(0, 10)];
  }
  if (m[2]) {
    const next = new Date(Date.UTC(y, Number(m[2]), 1));
    return [`${m[1]}-${m[2]}-01`, next.toISOString().slice(0, 10)];
  }
  return [`${m[1]}-01-01`, `${String(y + 1).padStart(4, '0')}-01-01`];
}
