using GraphQL;
using GraphQL.Types;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// The <c>id: ID!</c> every object type has (but the root types and the plumbing of connections), added in one of
/// two ways: from what the object itself holds (<see cref="IdField{TSource}"/>), or, for a value that exists only
/// inside another object, from that object's id and the field it sits in (<see cref="EmbeddedIdField{TSource}"/>).
/// Apollo Client and urql key their caches by type and id, so an id names one thing, the same whenever it is read.
/// </summary>
public static class IdFields
{
    public const string Name = "id";

    private const string RuleKey = "NamDinh.Graph.Ids.Rule";

    private const string Opaque = "Unique across the API and the same whenever this is read again: caches key objects by it. Opaque to clients (readable in logs).";

    /// <summary>An id of the object's type and a key taken from the object: "Province:36". <paramref name="example"/> shows one, quoted.</summary>
    public static void IdField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key, string example) =>
        type.AddIdField(context => GlobalId.Of(context.ParentType.Name, key((TSource)context.Source!)), $"{Opaque} E.g. {example}.");

    /// <summary>
    /// The id of a value that exists only inside another object: that object's id and the field it sits in,
    /// "IndicatorValue:36-2021:postal.revenue/period". Equal values at one place share an id; other places never do.
    /// <paramref name="example"/> shows one, quoted. Only for a value its object holds in a field of its own, not in a
    /// list: an item of a list cannot see which object the list belongs to, so the field that hands out such items gives
    /// them ids of their own (<see cref="ItemsWithIds{T}"/>).
    /// </summary>
    public static void EmbeddedIdField<TSource>(this ObjectGraphType<TSource> type, string example) =>
        type.AddIdField(context =>
        {
            var holder = context.Parent ?? throw new InvalidOperationException($"{context.ParentType.Name} is not inside another object.");
            if (holder.Path.LastOrDefault() is int)
                throw new InvalidOperationException($"{context.ParentType.Name} is an item of the list {holder.FieldDefinition.Name}: its id must come from the list's field.");
            return $"{IdOf(holder)}/{holder.FieldDefinition.Name}";
        }, $"{Opaque} The id of the object this value belongs to and the field it sits in, e.g. {example}.");

    /// <summary>
    /// An id as <see cref="IdField{TSource}"/> makes it, of a type that implements Node: Query.node(id:) fetches the
    /// object again (<see cref="NodeLookup"/> knows how, for each such type).
    /// </summary>
    public static void NodeIdField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key, string example)
    {
        type.IdField(key, example);
        type.Interface<NodeGraphType>();
    }

    /// <summary>The id the field that handed the value out gave it (<see cref="Identified{T}"/>). <paramref name="example"/> shows one, quoted.</summary>
    public static void IdFieldAsGiven<T>(this ObjectGraphType<Identified<T>> type, string example) =>
        type.AddIdField(context => ((Identified<T>)context.Source!).Id, $"{Opaque} E.g. {example}.");

    /// <summary>
    /// The values of a list field, each with an id of the object the list belongs to, the field and the value's place
    /// in the list: "Finding:36-2021:RankOutsideTotal:dti/figures/0".
    /// </summary>
    public static IEnumerable<Identified<T>> ItemsWithIds<T>(this IResolveFieldContext context, IEnumerable<T> items)
    {
        var list = $"{IdOf(context)}/{context.FieldDefinition.Name}";
        return items.Select((item, index) => new Identified<T>($"{list}/{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", item));
    }

    /// <summary>The id of the object a field is resolved on (<paramref name="context"/>'s source), by its type's rule.</summary>
    public static string IdOf(IResolveFieldContext context) =>
        context.ParentType.GetMetadata<Func<IResolveFieldContext, string>>(RuleKey)?.Invoke(context)
        ?? throw new InvalidOperationException($"{context.ParentType.Name} has no id.");

    private static void AddIdField<TSource>(this ObjectGraphType<TSource> type, Func<IResolveFieldContext, string> rule, string description)
    {
        type.Metadata[RuleKey] = rule;
        type.Field<NonNullGraphType<IdGraphType>, string>(Name).Description(description).Resolve(context => rule(context));
    }
}
