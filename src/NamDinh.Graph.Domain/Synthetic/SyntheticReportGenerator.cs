using System.Collections.Concurrent;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Synthetic;

/// <summary>
/// Makes up plausible annual reports for tests and benchmarks: one per province of the directory and year of
/// <see cref="FirstYear"/>–<see cref="LastYear"/>, every one marked <see cref="Report.Synthetic"/> and every text in it
/// marked as made up (<see cref="SyntheticText"/>). Nothing loads them by default.
/// <para>
/// The same seed always gives the same reports, and each report is drawn from the seed, its province and its year
/// alone, so <see cref="Generate(ReportKey)"/> gives exactly the report <see cref="GenerateAll()"/> holds for that key.
/// Figures are the typical report's (the real Nam Định 2021 figures) scaled by a size drawn per province, moving year
/// to year by a trend drawn per province and indicator; counts are whole, percentages within 0–100, amounts in tỷ đồng.
/// A stated change compares with the figure this generator gives for the year before, a share of plan with the plan
/// figure stated beside it, and the positions of each index in a year are 1 to the number of provinces, each held once.
/// </para>
/// </summary>
public sealed class SyntheticReportGenerator
{
    public const int DefaultFirstYear = 2019;
    public const int DefaultLastYear = 2023;

    /// <summary>The year of the typical figures: a province of size 1 reports about them in this year.</summary>
    private const int TypicalYear = 2021;

    /// <summary>Amounts are written in tỷ đồng, as the real report writes them.</summary>
    private const decimal Billion = 1_000_000_000m;

    private static readonly (Sector Sector, string Vi, string En, string TaskSection, string PrioritySection, string FigureSection)[] Sectors =
    [
        (Sector.PostalTelecom, "bưu chính, viễn thông", "postal services and telecommunications", "3.1", "6.1", "2.1"),
        (Sector.InformationTechnology, "công nghệ thông tin, chuyển đổi số", "information technology and digital transformation", "3.2", "6.2", "2.2"),
        (Sector.InformationPress, "thông tin tuyên truyền, báo chí, xuất bản", "information, press and publishing", "3.3", "6.3", "2.3"),
        (Sector.Inspection, "thanh tra, kiểm tra", "inspection", "3.4", "6.4", "2.4"),
    ];

    private static readonly (string Vi, string En)[] TaskTemplates =
    [
        ("Chỉ đạo, hướng dẫn các đơn vị triển khai nhiệm vụ lĩnh vực {0}", "Directed and guided the units in carrying out the tasks of {0}"),
        ("Tham mưu ban hành kế hoạch phát triển lĩnh vực {0}", "Advised on the plan for developing {0}"),
        ("Kiểm tra, đôn đốc việc thực hiện các chỉ tiêu lĩnh vực {0}", "Checked and urged the meeting of the targets of {0}"),
        ("Tổ chức tập huấn, bồi dưỡng nghiệp vụ lĩnh vực {0}", "Held training on the work of {0}"),
    ];

    private static readonly (string Vi, string En)[] PriorityTemplates =
    [
        ("Tiếp tục nâng cao chất lượng quản lý nhà nước lĩnh vực {0}", "Keep improving the state management of {0}"),
        ("Hoàn thành các chỉ tiêu kế hoạch lĩnh vực {0}", "Meet the planned targets of {0}"),
        ("Đẩy mạnh ứng dụng công nghệ số trong lĩnh vực {0}", "Step up the use of digital technology in {0}"),
    ];

    private readonly IndicatorCatalog _catalog;
    private readonly ProvinceDirectory _provinces;
    private readonly IReadOnlyDictionary<string, decimal> _typical;
    private readonly ConcurrentDictionary<(string Index, int Year), IReadOnlyDictionary<string, int>> _positions = new();

    /// <summary>A generator for the default catalog and provinces, its figures scaled from the real Nam Định 2021 report.</summary>
    public SyntheticReportGenerator(int seed, int firstYear = DefaultFirstYear, int lastYear = DefaultLastYear)
        : this(seed, firstYear, lastYear, IndicatorCatalog.Default, ProvinceDirectory.Default,
            SeedReports.All.FirstOrDefault(report => report.Key == new ReportKey("36", TypicalYear)) ?? (SeedReports.All is [var first, ..] ? first : null))
    {
    }

    /// <summary>
    /// A generator over <paramref name="catalog"/> and <paramref name="provinces"/>, its figures scaled from
    /// <paramref name="typical"/> (a figure the typical report lacks gets a default of its kind).
    /// </summary>
    public SyntheticReportGenerator(int seed, int firstYear, int lastYear, IndicatorCatalog catalog, ProvinceDirectory provinces, Report? typical)
    {
        if (firstYear > lastYear)
            throw new ArgumentOutOfRangeException(nameof(firstYear), $"The first year {firstYear} is after the last year {lastYear}.");
        if (!ProvinceDirectory.Covers(firstYear) || !ProvinceDirectory.Covers(lastYear))
            throw new ArgumentOutOfRangeException(nameof(firstYear),
                $"The provinces are known for {ProvinceDirectory.FirstYear}–{ProvinceDirectory.LastYear} only, not for {firstYear}–{lastYear}.");
        Seed = seed;
        FirstYear = firstYear;
        LastYear = lastYear;
        _catalog = catalog;
        _provinces = provinces;
        _typical = (typical?.Indicators ?? [])
            .Where(value => catalog.Find(value.Code) is not null && value.BaseValue is not null)
            .ToDictionary(value => value.Code, value => catalog.Find(value.Code)!.Kind == IndicatorKind.Amount ? value.BaseValue!.Value / Billion : value.BaseValue!.Value, StringComparer.Ordinal);
    }

    public int Seed { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>The years generated, first to last.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    /// <summary>The keys of the reports generated: each province in directory order, each of its years in order.</summary>
    public IReadOnlyList<ReportKey> Keys =>
        _provinces.All.SelectMany(province => Years.Select(year => new ReportKey(province.Code, year))).ToList();

    /// <summary>All the reports, in the order of <see cref="Keys"/>.</summary>
    public IReadOnlyList<Report> GenerateAll() => Keys.Select(Generate).ToList();

    /// <summary>All the reports of <paramref name="seed"/> for the default provinces and years 2019–2023.</summary>
    public static IReadOnlyList<Report> GenerateAll(int seed) => new SyntheticReportGenerator(seed).GenerateAll();

    public Report Generate(string provinceCode, int year) => Generate(new ReportKey(provinceCode, year));

    /// <summary>One report, the same as <see cref="GenerateAll()"/> holds for <paramref name="key"/>, made without the others.</summary>
    public Report Generate(ReportKey key)
    {
        var province = _provinces.FindByCode(key.ProvinceCode)
            ?? throw new ArgumentException($"There is no province with code '{key.ProvinceCode}'.", nameof(key));
        if (key.Year < FirstYear || key.Year > LastYear)
            throw new ArgumentOutOfRangeException(nameof(key), $"Year {key.Year} is outside the generated years {FirstYear}–{LastYear}.");
        var year = key.Year;
        return new Report(
            key,
            1,
            Document(province, year),
            _catalog.RankingIndexes.Select(index => Ranking(province, index, year)).ToList(),
            _catalog.Indicators.Select(definition => Figure(province, definition, year)).ToList(),
            Sectors.SelectMany(sector => Items("task", sector.TaskSection, sector.Sector, TaskTemplates, sector.Vi, sector.En, province, year, year)).ToList(),
            [new NarrativeItem("shortcoming-4-01", Sector.General, "4", 1, SyntheticText.Both(
                $"Một số chỉ tiêu năm {year} của {province.Name} chưa đạt kế hoạch đề ra.",
                $"Some of the {year} targets of {province.Name} fell short of the plan."))],
            [new NarrativeItem("cause-4-01", Sector.General, "4", 1, SyntheticText.Both(
                "Nguồn lực đầu tư cho lĩnh vực thông tin và truyền thông còn hạn chế.",
                "The resources invested in information and communications are still limited."))],
            new Proposals([], SyntheticText.Both("Không có đề xuất giải pháp.", "No proposals for solutions.")),
            Sectors.SelectMany(sector => Items("priority", sector.PrioritySection, sector.Sector, PriorityTemplates, sector.Vi, sector.En, province, year, year + 1)).ToList(),
            [new NarrativeItem("remark-basis-01", Sector.General, "basis", 1, SyntheticText.Both(
                $"Báo cáo kết quả công tác năm {year} của {province.Name}, sinh tự động để kiểm thử; không phải báo cáo thật.",
                $"The report on the work of {year} of {province.Name}, generated for tests; not a real report."))],
            Synthetic: true);
    }

    private DocumentFacts Document(Province province, int year)
    {
        var number = SeededDraw.WholeBetween(1, 999, Seed, "document-number", province.Code, "", year);
        var requestDay = SeededDraw.WholeBetween(1, 15, Seed, "request-day", province.Code, "", year);
        var month = SeededDraw.WholeBetween(11, 12, Seed, "document-month", province.Code, "", year);
        var day = SeededDraw.WholeBetween(month == 11 ? 16 : 1, 28, Seed, "document-day", province.Code, "", year);
        return new DocumentFacts(
            SyntheticText.Vi(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            SyntheticText.Vi("BC-STTTT"),
            SyntheticText.Vi($"Sở Thông tin và Truyền thông {province.Name}"),
            SyntheticText.Vi(province.Name),
            day,
            month,
            year,
            SyntheticText.Both($"Kết quả công tác năm {year} và nhiệm vụ trọng tâm năm {year + 1}", $"Results of work in {year} and key tasks for {year + 1}"),
            SyntheticText.Both("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"),
            new RequestReference(
                SyntheticText.Vi($"{number + 4000}/BTTTT-VP"),
                new DateOnly(year, 11, requestDay),
                SyntheticText.Vi("Bộ Thông tin và Truyền thông"),
                SyntheticText.Both($"xây dựng Báo cáo tổng kết công tác năm {year}", $"preparing the report reviewing the work of {year}")),
            SyntheticText.Vi($"Giám đốc Sở {province.Name}"),
            SyntheticText.Both("GIÁM ĐỐC", "Director"),
            [SyntheticText.Vi("Như trên"), SyntheticText.Vi("Lưu: VT")]);
    }

    private Ranking Ranking(Province province, RankingIndexDefinition index, int year)
    {
        var positions = _positions.GetOrAdd((index.Code, year), key => Positions(key.Index, key.Year));
        var position = positions[province.Code];
        var total = positions.Count;
        var name = SyntheticText.Both(index.Name.Vi, index.Name.EnTranslation ?? index.Code);
        return new Ranking(index.Code, name, position, total, null,
            new SourceReference("1", SyntheticText.Vi($"{index.Name.Vi} năm {year} xếp thứ {position}/{total} tỉnh, thành phố.")));
    }

    /// <summary>
    /// Each province's place in <paramref name="index"/> for <paramref name="year"/>: provinces ordered by a score made
    /// mostly of a standing drawn per province (so places hold roughly from year to year), ties going to the lower code.
    /// </summary>
    private Dictionary<string, int> Positions(string index, int year) =>
        _provinces.In(year)
            .Select(province => (province.Code, Score:
                0.6m * SeededDraw.Unit(Seed, "standing", province.Code)
                + 0.25m * SeededDraw.Unit(Seed, "index-standing", province.Code, index)
                + 0.15m * SeededDraw.Unit(Seed, "index-year", province.Code, index, year)))
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Code, StringComparer.Ordinal)
            .Select((entry, place) => (entry.Code, Position: place + 1))
            .ToDictionary(entry => entry.Code, entry => entry.Position, StringComparer.Ordinal);

    private IndicatorValue Figure(Province province, IndicatorDefinition definition, int year)
    {
        var value = Value(province, definition, year);
        var multiplier = definition.Kind == IndicatorKind.Amount ? Billion : 1m;
        var status = year == LastYear ? ValueStatus.Estimate : ValueStatus.Final;
        var change = StatedChange(province, definition, year, value, multiplier);
        var (planValue, share) = Plan(province, definition, year, value);
        var written = Written(definition, value);

        var sentence = $"{definition.Name.Vi} năm {year} {(status == ValueStatus.Estimate ? "ước đạt" : "đạt")} {written}";
        if (change is not null)
            sentence += $", {(change.Amount < 0 ? "giảm" : "tăng")} {SyntheticText.Number(Math.Abs(change.Amount))}% so với cùng kỳ năm {change.ComparedToYear}";
        if (share is not null)
            sentence += $", đạt {SyntheticText.Number(share.Percent)}% kế hoạch năm {share.PlanYear}";
        var section = Sectors.FirstOrDefault(sector => sector.Sector == definition.Sector).FigureSection ?? "2";

        return new IndicatorValue(
            definition.Code, value, definition.Unit, multiplier, SyntheticText.Vi(written), status, Qualifier.Exact, null,
            ReportPeriod.WholeYear(year), new StatedComparisons(Change: change, ShareOfPlan: share),
            new SourceReference(section, SyntheticText.Vi(sentence + ".")), planValue);
    }

    /// <summary>
    /// The figure of <paramref name="year"/>, from the seed, province, indicator and year alone (never from another
    /// year's figure), so the year before is drawn the same way whether or not it is generated.
    /// </summary>
    private decimal Value(Province province, IndicatorDefinition definition, int year)
    {
        var (code, seed) = (definition.Code, Seed);
        if (definition.Kind == IndicatorKind.Percentage)
        {
            var typicalShare = _typical.GetValueOrDefault(code, 80m);
            var level = typicalShare * SeededDraw.Between(0.7m, 1m, seed, "level", province.Code, code);
            var pointsPerYear = SeededDraw.Between(-1m, 3m, seed, "trend", province.Code, code);
            var noise = SeededDraw.Between(-1.5m, 1.5m, seed, "noise", province.Code, code, year);
            return Round(definition.Kind, Math.Clamp(level + pointsPerYear * (year - TypicalYear) + noise, 0m, 100m));
        }
        // A count the typical report gives as none ("không có") still gets a few somewhere; a tiny amount stays tiny.
        var typical = Math.Max(_typical.GetValueOrDefault(code, definition.Kind == IndicatorKind.Amount ? 10m : 100m),
            definition.Kind == IndicatorKind.Count ? 1m : 0.001m);
        var spread = SeededDraw.Between(0.8m, 1.25m, seed, "spread", province.Code, code);
        var trend = SeededDraw.Between(-0.04m, 0.12m, seed, "trend", province.Code, code);
        var yearNoise = SeededDraw.Between(-0.03m, 0.03m, seed, "noise", province.Code, code, year);
        return Round(definition.Kind, typical * Size(province) * spread * Power(1 + trend, year - TypicalYear) * (1 + yearNoise));
    }

    /// <summary>How big a province is against the typical one: mostly 0.4–2.5, a centrally-run city 1.8 times more.</summary>
    private decimal Size(Province province)
    {
        var draw = SeededDraw.Unit(Seed, "size", province.Code);
        return (0.4m + 2.1m * draw * draw) * (province.Kind == ProvinceKind.City ? 1.8m : 1m);
    }

    /// <summary>
    /// A change on the year before, for every amount and some larger counts, in percent rounded to one decimal,
    /// computed as the findings engine computes it from the two figures.
    /// </summary>
    private StatedChange? StatedChange(Province province, IndicatorDefinition definition, int year, decimal value, decimal multiplier)
    {
        if (definition.Kind == IndicatorKind.Percentage)
            return null;
        var previous = Value(province, definition, year - 1);
        var states = definition.Kind == IndicatorKind.Amount
            ? previous > 0
            : previous >= 20 && SeededDraw.Chance(0.5m, Seed, "states-change", province.Code, definition.Code, year);
        if (!states)
            return null;
        var (now, before) = (value * multiplier, previous * multiplier);
        var percent = (now - before) / before * 100;
        return new StatedChange(ExactDecimals.Normalize(Math.Round(percent, 1, MidpointRounding.AwayFromZero)), ChangeUnit.Percent, year - 1);
    }

    /// <summary>A plan figure and the share of it reached, for some amounts and larger counts where more is better.</summary>
    private (decimal? PlanValue, StatedPlanShare? Share) Plan(Province province, IndicatorDefinition definition, int year, decimal value)
    {
        var plans = definition.Kind switch
        {
            IndicatorKind.Amount => value > 0 && SeededDraw.Chance(0.6m, Seed, "states-plan", province.Code, definition.Code, year),
            IndicatorKind.Count => value >= 20 && definition.HigherIsBetter == true && SeededDraw.Chance(0.25m, Seed, "states-plan", province.Code, definition.Code, year),
            _ => false,
        };
        if (!plans)
            return (null, null);
        var plan = Round(definition.Kind, value / SeededDraw.Between(0.85m, 1.2m, Seed, "plan", province.Code, definition.Code, year));
        if (plan <= 0)
            return (null, null);
        var share = ExactDecimals.Normalize(Math.Round(value / plan * 100, 1, MidpointRounding.AwayFromZero));
        return (plan, new StatedPlanShare(share, year));
    }

    /// <summary>Counts whole, percentages to one decimal, amounts to one decimal or to three significant digits when smaller.</summary>
    private static decimal Round(IndicatorKind kind, decimal value)
    {
        var digits = kind == IndicatorKind.Count ? 0 : 1;
        for (var threshold = 10m; kind == IndicatorKind.Amount && value < threshold && digits < 6; threshold /= 10)
            digits++;
        return ExactDecimals.Normalize(Math.Max(0m, Math.Round(value, digits, MidpointRounding.AwayFromZero)));
    }

    private static decimal Power(decimal factor, int exponent)
    {
        var result = 1m;
        for (var step = 0; step < Math.Abs(exponent); step++)
            result = exponent > 0 ? result * factor : result / factor;
        return result;
    }

    /// <summary>The figure as a Vietnamese report writes it: "130,4 tỷ đồng", "30.000 thuê bao", "85,3%".</summary>
    private string Written(IndicatorDefinition definition, decimal value)
    {
        var number = SyntheticText.Number(value);
        var unit = _catalog.FindUnit(definition.Unit)?.Name.Vi ?? definition.Unit;
        return definition.Kind switch
        {
            IndicatorKind.Percentage => $"{number}%",
            IndicatorKind.Amount => $"{number} tỷ {unit}",
            _ => $"{number} {unit}",
        };
    }

    private IEnumerable<NarrativeItem> Items(
        string noun, string section, Sector sector, (string Vi, string En)[] templates, string sectorVi, string sectorEn,
        Province province, int reportYear, int itemYear)
    {
        var count = SeededDraw.WholeBetween(2, 3, Seed, noun + "-count", province.Code, section, reportYear);
        var first = SeededDraw.WholeBetween(0, templates.Length - 1, Seed, noun + "-template", province.Code, section, reportYear);
        for (var position = 1; position <= count; position++)
        {
            var (vi, en) = templates[(first + position - 1) % templates.Length];
            yield return new NarrativeItem($"{noun}-{section}-{position:00}", sector, section, position, SyntheticText.Both(
                $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, vi, sectorVi)} năm {itemYear} tại {province.Name}.",
                $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, en, sectorEn)} in {itemYear} in {province.Name}."));
        }
    }
}
