namespace NamDinh.Graph.Api.Execution.Compiled;

/// <summary>How queries are answered: by plans that write the answer straight to JSON where they apply (the default), or by GraphQL.NET's general executor for every query.</summary>
public sealed class CompiledPlanSettings
{
    public const string SectionName = "Execution";

    /// <summary>
    /// True: a query whose fields are all of object, scalar and enum types is answered by a <see cref="PlannedAnswer"/>,
    /// falling back to the general executor where it cannot; false: the general executor answers every query. The
    /// answers are the same bytes either way (the differential tests check it); only the time to make them differs.
    /// </summary>
    public bool CompiledPlans { get; set; } = true;
}
