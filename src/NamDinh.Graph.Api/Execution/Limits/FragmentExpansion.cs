using GraphQLParser.AST;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// How many selections a document's operations have once every fragment is spread where it is named, counted in one
/// pass with each fragment measured once: a "fragment bomb" (each fragment spreading the one before twice) is small to
/// send and exponential to expand, and a long cycle of fragments never ends; both are refused before validation walks them.
/// </summary>
public static class FragmentExpansion
{
    /// <summary>
    /// The expanded selection count, stopping a little past <paramref name="limit"/>; the fragment a cycle runs through;
    /// and whether fragments spread inside each other deeper than <paramref name="maxSpreadDepth"/> (a long chain of
    /// them is cheap to send and overflows the validator's stack).
    /// </summary>
    public static (long Selections, string? Cycle, bool TooDeep) Measure(GraphQLDocument document, long limit, int maxSpreadDepth)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        var measure = new Measurer(fragments, limit, maxSpreadDepth);
        long total = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            total = Math.Min(total + measure.Of(operation.SelectionSet), limit + 1);
            if (measure.Cycle is not null || measure.TooDeep)
                break;
        }
        return (total, measure.Cycle, measure.TooDeep);
    }

    private sealed class Measurer(Dictionary<string, GraphQLFragmentDefinition> fragments, long limit, int maxSpreadDepth)
    {
        private readonly Dictionary<string, long> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public string? Cycle { get; private set; }

        public bool TooDeep { get; private set; }

        public long Of(GraphQLSelectionSet? selections)
        {
            if (selections is null)
                return 0;
            long count = 0;
            foreach (var selection in selections.Selections)
            {
                count += selection switch
                {
                    GraphQLField field => 1 + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (count > limit || Cycle is not null || TooDeep)
                    return Math.Min(count, limit + 1);
            }
            return count;
        }

        private long OfFragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
                return known;
            if (!fragments.TryGetValue(name, out var fragment))
                return 0; // A spread of a missing fragment: the validator names it.
            if (!_open.Add(name))
            {
                Cycle = name;
                return 0;
            }
            if (_open.Count > maxSpreadDepth)
            {
                TooDeep = true;
                return 0;
            }
            var count = Of(fragment.SelectionSet);
            _open.Remove(name);
            _measured[name] = count;
            return count;
        }
    }
}
