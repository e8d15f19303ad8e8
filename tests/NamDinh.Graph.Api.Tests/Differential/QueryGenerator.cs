using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// Random queries over the schema, the same for the same seed: one to three root fields, most of them
/// <c>report(province:, year:)</c> and <c>reports</c>, with selections down to <see cref="MaxDepth"/> levels; aliases (the same
/// field twice under two aliases with other arguments among them), inline and named fragments, <c>@skip</c> and
/// <c>@include</c> with literal and variable conditions, arguments given as literals or as variables,
/// <c>__typename</c>; reports that do not exist and arguments out of range (nulls and errors), and now and then a
/// document broken on purpose (an unknown field, an argument of the wrong type, a missing one, a syntax error, …).
/// </summary>
public sealed class QueryGenerator(SchemaModel schema, DataPools data, int seed)
{
    /// <summary>How deep selections go below the root: well within Limits:MaxDepth.</summary>
    public const int MaxDepth = 5;

    public IEnumerable<DifferentialRequest> Generate(int count)
    {
        var random = new Random(seed);
        for (var index = 0; index < count; index++)
            yield return new Document(schema, data, random, index).Build();
    }

    private sealed class Document(SchemaModel schema, DataPools data, Random random, int index)
    {
        private readonly ValueMaker _values = new(schema, data, random);
        private readonly List<string> _variableDefinitions = [];
        private readonly JsonObject _variables = [];
        private readonly List<string> _fragments = [];
        private int _names;
        private int _fragmentNames;

        public DifferentialRequest Build()
        {
            var roots = Chance(0.7) ? 1 : random.Next(2, 4);
            var items = Enumerable.Range(0, roots).Select(_ => Field(schema.Query, RootField(), 1)).ToList();
            if (Chance(0.07))
                items.Add(Broken());
            if (Chance(0.05))
                items.Add("__typename");
            var selection = "{ " + string.Join(" ", items) + " }";
            var named = _variableDefinitions.Count > 0 || Chance(0.4);
            var operationName = named ? "Q" + index.ToString(CultureInfo.InvariantCulture) : null;
            var text = new StringBuilder();
            foreach (var fragment in _fragments)
                text.Append(fragment).Append('\n');
            if (named)
            {
                text.Append("query ").Append(operationName);
                if (_variableDefinitions.Count > 0)
                    text.Append('(').Append(string.Join(", ", _variableDefinitions)).Append(')');
                text.Append(' ');
            }
            text.Append(selection);
            var query = text.ToString();
            if (Chance(0.01))
                query = query[..^1];
            return new DifferentialRequest(
                "generated #" + index.ToString(CultureInfo.InvariantCulture),
                query,
                _variables.Count > 0 ? _variables : null,
                named && Chance(0.3) ? operationName : null,
                Accept: Chance(0.15) ? "application/json" : GraphQLClient.GraphQLResponseJson);
        }

        private FieldDef RootField()
        {
            var fields = schema.Query.Fields;
            return random.NextDouble() switch
            {
                < 0.4 => fields.Single(field => field.Name == "report"),
                < 0.52 => fields.Single(field => field.Name == "reports"),
                _ => _values.Pick(fields),
            };
        }

        private string Field(TypeDef parent, FieldDef field, int depth)
        {
            var text = new StringBuilder();
            if (Chance(0.15))
                text.Append(Alias()).Append(": ");
            text.Append(field.Name).Append(Arguments(field)).Append(Directives());
            var type = schema[field.Type.NamedType];
            if (type.IsComposite)
                text.Append(' ').Append(SelectionSet(type, depth + 1));
            if (field.Args.Count > 0 && Chance(0.06))
            {
                // The same field again under another alias, with arguments of its own.
                text.Append(' ').Append(Alias()).Append(": ").Append(field.Name).Append(Arguments(field));
                if (type.IsComposite)
                    text.Append(' ').Append(SelectionSet(type, depth + 1));
            }
            else if (parent != schema.Query && Chance(0.02))
            {
                // The same field again, no alias: merged when its arguments are the same, a conflict when not.
                text.Append(' ').Append(field.Name).Append(Arguments(field));
                if (type.IsComposite)
                    text.Append(' ').Append(SelectionSet(type, depth + 1));
            }
            return text.ToString();
        }

        private string SelectionSet(TypeDef type, int depth)
        {
            var items = new List<string>();
            if (type.Kind is "INTERFACE" or "UNION")
            {
                if (type.Fields.Count > 0)
                    items.Add(Field(type, _values.Pick(type.Fields), depth));
                foreach (var possible in type.PossibleTypes.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
                    items.Add("... on " + possible + Directives() + " " + SelectionSet(schema[possible], depth));
            }
            else
            {
                var candidates = type.Fields.Where(field => depth < MaxDepth || schema[field.Type.NamedType].IsLeaf).ToList();
                var count = 1 + random.Next(Math.Min(4, candidates.Count));
                foreach (var field in candidates.OrderBy(field => random.NextDouble() / Weight(field, depth)).Take(count))
                    items.Add(Field(type, field, depth));
                if (Chance(0.1))
                    items.Add("__typename");
                if (Chance(0.08))
                    items.Add((Chance(0.5) ? "... on " + type.Name : "...") + Directives() + " " + SelectionSet(type, depth));
                if (Chance(0.06))
                {
                    var name = "F" + (_fragmentNames++).ToString(CultureInfo.InvariantCulture);
                    _fragments.Add("fragment " + name + " on " + type.Name + " " + SelectionSet(type, depth));
                    items.Add("..." + name + Directives());
                }
            }
            return "{ " + string.Join(" ", items) + " }";
        }

        /// <summary>Leaves weigh more the deeper the selection is, so that answers stay of a reasonable size.</summary>
        private double Weight(FieldDef field, int depth) =>
            schema[field.Type.NamedType].IsLeaf ? 3 : Math.Max(0.2, MaxDepth - depth);

        private string Arguments(FieldDef field)
        {
            var given = field.Args.Where(argument => argument.Required || Chance(0.4)).ToList();
            if (given.Count == 0)
                return "";
            return "(" + string.Join(", ", given.Select(argument => argument.Name + ": " + Argument(argument, field))) + ")";
        }

        private string Argument(InputValueDef argument, FieldDef field)
        {
            var value = _values.Of(argument.Type, argument.Name, field.Name);
            if (!Chance(0.25))
                return value.ToLiteral();
            var variable = Variable(argument.Type.ToString(), value.ToJson());
            return variable;
        }

        private string Directives()
        {
            if (!Chance(0.08))
                return "";
            var name = Chance(0.5) ? "skip" : "include";
            var condition = Chance(0.5)
                ? (Chance(0.5) ? "true" : "false")
                : Chance(0.8)
                    ? Variable("Boolean!", JsonValue.Create(Chance(0.5)))
                    : VariableWithDefault("Boolean = " + (Chance(0.5) ? "true" : "false"));
            return " @" + name + "(if: " + condition + ")";
        }

        private string Variable(string type, JsonNode? value)
        {
            var name = "v" + _variableDefinitions.Count.ToString(CultureInfo.InvariantCulture);
            _variableDefinitions.Add("$" + name + ": " + type);
            _variables[name] = value;
            return "$" + name;
        }

        /// <summary>A variable the request leaves out: its default stands.</summary>
        private string VariableWithDefault(string typeAndDefault)
        {
            var name = "v" + _variableDefinitions.Count.ToString(CultureInfo.InvariantCulture);
            _variableDefinitions.Add("$" + name + ": " + typeAndDefault);
            return "$" + name;
        }

        /// <summary>A root field the server must refuse, each for another reason.</summary>
        private string Broken()
        {
            var province = _values.Pick(data.ProvinceSlugs);
            return random.Next(11) switch
            {
                0 => "nope",
                1 => $"report(province: \"{province}\", year: \"2021\") {{ id }}",
                2 => "report(year: 2021) { id }",
                3 => $"report(province: \"{province}\", year: 2021)",
                4 => "reports(first: 3) { key { nope } }",
                5 => "...Missing",
                6 => $"report(province: \"{province}\", year: {Variable("Int!", JsonValue.Create("twenty"))}) {{ id }}",
                7 => $"report(province: \"{province}\", year: 2021, nope: 1) {{ id }}",
                8 => $"report(province: \"{province}\", year: 2021) @nope {{ id }}",
                9 => Unused($"report(province: \"{province}\", year: 2021) {{ id }}"),
                _ => $"reports(first: 2) {{ indicators(sector: WRONG) {{ code }} }}",
            };
        }

        /// <summary>A field with a variable declared that nothing uses.</summary>
        private string Unused(string field)
        {
            VariableWithDefault("Int");
            return field;
        }

        private string Alias() => "a" + (_names++).ToString(CultureInfo.InvariantCulture);

        private bool Chance(double probability) => random.NextDouble() < probability;
    }
}
