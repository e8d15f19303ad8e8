namespace NamDinh.Graph.Domain.Provinces;

/// <summary>A province or centrally-run city of 2021: statistical code ("36"), slug ("nam-dinh"), Vietnamese name.</summary>
public sealed record Province(string Code, string Slug, string Name, ProvinceKind Kind);

public enum ProvinceKind
{
    Province,
    City,
}
