using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Enums;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Api.Schema.Types;

/// <summary>Adds a text field that takes a <c>lang</c> argument: Vietnamese as written, or the English translation.</summary>
public static class LocalizedFields
{
    public const string LanguageArgument = "lang";

    public static FieldBuilder<TSource, string> LocalizedField<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, LocalizedText?> text, string description) =>
        type.Field<StringGraphType, string>(name)
            .Description(description + " In Vietnamese as the report wrote it, or in English where the team translated it (null where not).")
            .Argument<NonNullGraphType<LanguageGraphType>>(LanguageArgument, "The language to answer in.", argument => argument.DefaultValue = Language.Vi)
            .Resolve(context => text(context.Source)?.In(context.GetArgument<Language>(LanguageArgument)));
}
