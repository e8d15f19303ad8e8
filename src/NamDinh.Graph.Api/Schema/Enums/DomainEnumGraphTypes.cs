using GraphQL.Types;
using NamDinh.Graph.Domain.Catalog;
using NamDinh.Graph.Domain.Provinces;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Api.Schema.Enums;

public sealed class SectorGraphType : EnumerationGraphType<Sector>
{
    public SectorGraphType()
    {
        Name = "Sector";
        Description = "A field of a department's work, as the reports group them.";
    }
}

public sealed class ValueStatusGraphType : EnumerationGraphType<ValueStatus>
{
    public ValueStatusGraphType()
    {
        Name = "ValueStatus";
        Description = "How settled a figure is. ESTIMATE: the report says \"ước\" (estimated before the year closed).";
    }
}

public sealed class QualifierGraphType : EnumerationGraphType<Qualifier>
{
    public QualifierGraphType()
    {
        Name = "Qualifier";
        Description = "A word before a figure that qualifies it: MORE_THAN (hơn, trên), ABOUT (khoảng), NEARLY (gần).";
    }
}

public sealed class LanguageGraphType : EnumerationGraphType<Language>
{
    public LanguageGraphType()
    {
        Name = "Language";
        Description = "VI: the report's own Vietnamese text. EN: an English translation made by the NamDinh.Graph team, not part of the source; null where none was made.";
    }
}

public sealed class ChangeUnitGraphType : EnumerationGraphType<ChangeUnit>
{
    public ChangeUnitGraphType()
    {
        Name = "ChangeUnit";
        Description = "PERCENT: a change in percent of the earlier figure. ABSOLUTE: in the figure's own unit.";
    }
}

public sealed class IndicatorKindGraphType : EnumerationGraphType<IndicatorKind>
{
    public IndicatorKindGraphType()
    {
        Name = "IndicatorKind";
        Description = "COUNT: a whole number of things. AMOUNT: a quantity such as money. PERCENTAGE: a share in percent.";
    }
}

public sealed class ProvinceKindGraphType : EnumerationGraphType<ProvinceKind>
{
    public ProvinceKindGraphType()
    {
        Name = "ProvinceKind";
        Description = "PROVINCE (tỉnh) or CITY (thành phố trực thuộc trung ương, a centrally-run city).";
    }
}

public sealed class FindingKindGraphType : EnumerationGraphType<Domain.Findings.FindingKind>
{
    public FindingKindGraphType()
    {
        Name = "FindingKind";
        Description = "A kind of disagreement between a report's figures and its text, or with the previous year's report.";
    }
}

public sealed class FigureOrderFieldGraphType : EnumerationGraphType<Domain.Slices.FigureOrderField>
{
    public FigureOrderFieldGraphType()
    {
        Name = "IndicatorOrderField";
        Description = "VALUE: the figure in its unit itself (value × multiplier). PROVINCE: the statistical code, the official order. YEAR. CODE: the indicator code.";
    }
}

public sealed class SortDirectionGraphType : EnumerationGraphType<Domain.Slices.SortDirection>
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
    }
}
