using GraphQL.Types;

namespace NamDinh.Graph.Api.Schema.Types;

/// <summary>Where a page stands in a Relay cursor connection.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page stands: ask for the next with after: endCursor while hasNextPage.";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage).Description("Whether anything comes before this page.");
        Field(x => x.StartCursor, nullable: true).Description("The cursor of the page's first item; null for an empty page.");
        Field(x => x.EndCursor, nullable: true).Description("The cursor of the page's last item; null for an empty page.");
    }
}
