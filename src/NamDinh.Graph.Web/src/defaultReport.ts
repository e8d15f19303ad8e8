import type { ReportListed } from './api';

// The report the page opens when no one chose one. The server may also hold synthetic test reports (a whole set,
// some of years after the real one), so: the newest real report, or the newest of all when none is real.
// Among reports of the same year, the first the API lists (by province code).

export function defaultReport(reports: ReportListed[]): ReportListed | null {
  const real = reports.filter((report) => !report.synthetic);
  return (real.length ? real : reports).reduce<ReportListed | null>((newest, report) => (!newest || report.year > newest.year ? report : newest), null);
}
