using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Provinces;

/// <summary>
/// The 63 provinces and centrally-run cities, from the 2021 list shipped with the domain.
/// That list stood from 1 August 2008 (Hà Tây joined Hà Nội) until the 2025 merger into 34 units,
/// so it answers for the whole years 2009 to 2024 and for no other year.
/// </summary>
public sealed class ProvinceDirectory
{
    public const int FirstYear = 2009;
    public const int LastYear = 2024;

    private readonly Dictionary<string, Province> _byCodeOrSlug;

    public ProvinceDirectory(IReadOnlyList<Province> provinces)
    {
        All = provinces;
        _byCodeOrSlug = new Dictionary<string, Province>(StringComparer.OrdinalIgnoreCase);
        foreach (var province in provinces)
        {
            _byCodeOrSlug.Add(province.Code, province);
            _byCodeOrSlug.Add(province.Slug, province);
        }
    }

    public static ProvinceDirectory Default { get; } = new(ReadCsv());

    public IReadOnlyList<Province> All { get; }

    /// <summary>The provinces of <paramref name="year"/>; empty for a year this list does not cover.</summary>
    public IReadOnlyList<Province> In(int year) => Covers(year) ? All : [];

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>Finds a province by statistical code ("36") or slug ("nam-dinh").</summary>
    public Province? Find(string codeOrSlug) => _byCodeOrSlug.GetValueOrDefault(codeOrSlug.Trim());

    public Province? FindByCode(string code) => _byCodeOrSlug.TryGetValue(code, out var province) && province.Code == code ? province : null;

    private static List<Province> ReadCsv()
    {
        using var reader = new StreamReader(EmbeddedData.Open("provinces-2021.csv"));
        var header = reader.ReadLine();
        if (header != "code,slug,name_vi,kind")
            throw new InvalidDataException($"provinces-2021.csv has an unexpected header '{header}'.");
        var provinces = new List<Province>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split(',');
            provinces.Add(new Province(cells[0], cells[1], cells[2], cells[3] == "city" ? ProvinceKind.City : ProvinceKind.Province));
        }
        return provinces;
    }
}
