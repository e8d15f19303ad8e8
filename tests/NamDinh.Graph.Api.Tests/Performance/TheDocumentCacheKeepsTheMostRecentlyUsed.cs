using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Limits;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>The document cache is bounded: when full, the least recently used quarter goes; 0 keeps nothing.</summary>
public sealed class TheDocumentCacheKeepsTheMostRecentlyUsed
{
    [Fact]
    public void A_full_cache_drops_the_least_recently_used()
    {
        var cache = new DocumentCache(new RequestLimits { CachedDocuments = 4 });
        for (var each = 0; each < 4; each++)
            cache.Add($"{{ a{each} }}", null, Parse($"{{ a{each} }}"));
        cache.Find("{ a0 }", null);

        cache.Add("{ a4 }", null, Parse("{ a4 }"));

        Assert.Equal(4, cache.Count);
        Assert.NotNull(cache.Find("{ a0 }", null));
        Assert.Null(cache.Find("{ a1 }", null));
        Assert.NotNull(cache.Find("{ a4 }", null));
    }

    [Fact]
    public void The_operation_name_is_part_of_the_key()
    {
        var cache = new DocumentCache(new RequestLimits());
        cache.Add("query A { a } query B { b }", "A", Parse("query A { a } query B { b }"));

        Assert.NotNull(cache.Find("query A { a } query B { b }", "A"));
        Assert.Null(cache.Find("query A { a } query B { b }", "B"));
    }

    [Fact]
    public void Large_documents_are_held_only_up_to_a_budget_of_characters()
    {
        var cache = new DocumentCache(new RequestLimits { CachedDocuments = 10_000 });
        var tooLong = "{ a }" + new string(' ', DocumentCache.LongestKept);
        cache.Add(tooLong, null, Parse("{ a }"));
        Assert.Equal(0, cache.Count);

        for (var each = 0; each < 150; each++)
        {
            var query = $"{{ a{each} }}".PadRight(DocumentCache.LongestKept);
            cache.Add(query, null, Parse($"{{ a{each} }}"));
        }

        Assert.InRange(cache.Characters, 1, DocumentCache.CharacterBudget);
        Assert.NotNull(cache.Find($"{{ a149 }}".PadRight(DocumentCache.LongestKept), null));
    }

    [Fact]
    public void A_cache_of_size_zero_keeps_nothing()
    {
        var cache = new DocumentCache(new RequestLimits { CachedDocuments = 0 });

        cache.Add("{ a }", null, Parse("{ a }"));

        Assert.Equal(0, cache.Count);
    }

    private static GraphQLParser.AST.GraphQLDocument Parse(string query) => GraphQLParser.Parser.Parse(query);
}
