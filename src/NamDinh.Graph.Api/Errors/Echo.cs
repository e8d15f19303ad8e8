namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// A client's own text, named back in an error: cut to a short prefix, so an id of a megabyte does not come back
/// as an error of a megabyte (nor fill the logs that record errors).
/// </summary>
public static class Echo
{
    public const int MaxLength = 40;

    public static string Short(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
}
