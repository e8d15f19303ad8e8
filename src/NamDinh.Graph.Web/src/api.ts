// The public GraphQL API at /graphql: queries over POST application/json. The documents follow
// the canonical client operations in schema/operations/ (Report, Reports, CompareProvinces,
// IndicatorSeries, IndicatorChanged), asking both languages at once so the switch needs no request.
export const endpoint = '/graphql';

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, undefined);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLRequestError(first.message, first.extensions?.code);
  }
  if (!body.data) throw new GraphQLRequestError(`HTTP ${response.status}`, undefined);
  return body.data;
}

export interface Province { code: string; slug: string; name: string }
export interface Definition { code: string; sector: string; kind: string; vi: string | null; en: string | null; unit: { code: string } }
export interface Unit { code: string; vi: string | null; en: string | null }

export interface Indicator {
  code: string;
  sector: string;
  value: string;
  multiplier: string;
  unit: { code: string };
  valueAsWritten: string;
  status: string;
  qualifier: string;
  qualifierAsWritten: string | null;
  period: { year: number; fromMonth: number; toMonth: number; wholeYear: boolean };
  comparisons: {
    change: { amount: string; unit: 'PERCENT' | 'ABSOLUTE'; comparedToYear: number } | null;
    shareOfPlan: { percent: string; planYear: number } | null;
    ratePercent: string | null;
    outOf: string | null;
    target: { value: string; unit: string; qualifier: string; met: boolean } | null;
  };
}

export interface NarrativeItem { id: string; sector: string; section: string; position: number; vi: string | null; en: string | null }
export interface Finding { id: string; kind: string; subject: string; message: string }
export interface Ranking { index: string; vi: string | null; en: string | null; position: number; total: number; editionYear: number | null }

export interface Report {
  id: string;
  version: number;
  year: number;
  synthetic: boolean;
  prioritiesYear: number;
  province: Province;
  document: {
    number: string | null; symbol: string | null; place: string | null; day: number | null; month: number | null; year: number | null;
    titleVi: string | null; titleEn: string | null; signer: string | null;
  };
  rankings: Ranking[];
  indicators: Indicator[];
  tasks: NarrativeItem[];
  shortcomings: NarrativeItem[];
  causes: NarrativeItem[];
  priorities: NarrativeItem[];
  findings: Finding[];
}

export const catalogQuery = /* GraphQL */ `
query PageCatalog {
  provinces { code slug name }
  indicatorDefinitions { code sector kind vi: name(lang: VI) en: name(lang: EN) unit { code } }
  units { code vi: name(lang: VI) en: name(lang: EN) }
}`;

export const reportsQuery = /* GraphQL */ `
query Reports($province: String, $year: Int, $after: String) {
  reports(province: $province, year: $year, after: $after) { key year synthetic province { code } }
}`;

export interface ReportListed { key: string; year: number; synthetic: boolean; province: { code: string } }

/** The schema's default page of reports; a shorter page is the last. */
const reportsPage = 100;

/** Every report held (of a province, or of a year, when given), page after page. */
export async function listReports(filter: { province?: string; year?: number }): Promise<ReportListed[]> {
  const all: ReportListed[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { reports: ReportListed[] } = await graphql(reportsQuery, { ...filter, after });
    all.push(...page.reports);
    if (page.reports.length < reportsPage) return all;
    after = page.reports[page.reports.length - 1].key;
  }
}

const indicatorFields = `
  code sector value multiplier unit { code } valueAsWritten status qualifier qualifierAsWritten
  period { year fromMonth toMonth wholeYear }
  comparisons {
    change { amount unit comparedToYear }
    shareOfPlan { percent planYear }
    ratePercent outOf
    target { value unit qualifier met }
  }`;

const narrativeFields = 'id sector section position vi: text(lang: VI) en: text(lang: EN)';

export const reportQuery = /* GraphQL */ `
query PageReport($province: String!, $year: Int!) {
  report(province: $province, year: $year) {
    id version year synthetic prioritiesYear
    province { code slug name }
    document { number symbol place day month year titleVi: title(lang: VI) titleEn: title(lang: EN) signer }
    rankings { index vi: name(lang: VI) en: name(lang: EN) position total editionYear }
    indicators { ${indicatorFields} }
    tasks { ${narrativeFields} }
    shortcomings { ${narrativeFields} }
    causes { ${narrativeFields} }
    priorities { ${narrativeFields} }
    findings { id kind subject message }
  }
}`;

export const compareQuery = /* GraphQL */ `
query CompareProvinces($provinces: [String!]!, $year: Int!, $codes: [String!]!) {
  compare(provinces: $provinces, year: $year, codes: $codes) {
    year
    rows { province { code name } figures { value unit { code } multiplier baseValue status } }
  }
}`;

/** Which reports behind the chart are synthetic test data: of the year's provinces, and of the province's years. */
export const syntheticQuery = /* GraphQL */ `
query SyntheticReports($province: String!, $year: Int!) {
  ofYear: reports(year: $year) { province { code } synthetic }
  ofProvince: reports(province: $province) { year synthetic }
}`;

export interface SyntheticReports {
  ofYear: { province: { code: string }; synthetic: boolean }[];
  ofProvince: { year: number; synthetic: boolean }[];
}

export interface CompareFigure { value: string; unit: { code: string }; multiplier: string; baseValue: string | null; status: string }
export interface Comparison { year: number; rows: { province: { code: string; name: string }; figures: (CompareFigure | null)[] }[] }

export const seriesQuery = /* GraphQL */ `
query IndicatorSeries($province: String!, $code: String!) {
  indicatorSeries(province: $province, code: $code) {
    code
    points { year figure { figure { value unit { code } multiplier baseValue status } } }
  }
}`;

export interface Series { code: string; points: { year: number; figure: { figure: CompareFigure } | null }[] }

export const indicatorChangedSubscription = /* GraphQL */ `
subscription IndicatorChanged($where: ChangeFilter) {
  indicatorChanged(where: $where) {
    cursor province { code } year version code sector operation
    oldValue { value multiplier unit { code } }
    newValue { ${indicatorFields} }
  }
}`;

export interface IndicatorChange {
  cursor: string;
  province: { code: string };
  year: number;
  version: number;
  code: string;
  sector: string | null;
  operation: string;
  oldValue: { value: string; multiplier: string; unit: { code: string } } | null;
  newValue: Indicator | null;
}
