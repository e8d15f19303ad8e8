using GraphQL.Execution;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Tests;

public sealed class UnexpectedErrorsRevealNothing
{
    private readonly SafeErrorInfoProvider _provider = new();

    [Fact]
    public void An_unhandled_exception_becomes_INTERNAL_SERVER_ERROR_without_its_message_or_type()
    {
        var error = new UnhandledError("Error trying to resolve field 'report'.", new InvalidOperationException("table NamDinhGraphGrainState at 10.0.0.7 refused"));

        var info = _provider.GetInfo(error);

        Assert.Equal(ErrorCodes.InternalServerError, info.Extensions!["code"]);
        Assert.DoesNotContain("10.0.0.7", info.Message);
        Assert.DoesNotContain("InvalidOperation", string.Join(' ', info.Extensions.Select(pair => $"{pair.Key}={pair.Value}")));
        Assert.False(info.Extensions.ContainsKey("details"));
    }

    [Fact]
    public void A_bad_argument_names_the_field_in_extensions()
    {
        var info = _provider.GetInfo(ClientErrors.BadUserInput("year", "Year 1800 is outside 2000–2100."));

        Assert.Equal(ErrorCodes.BadUserInput, info.Extensions!["code"]);
        Assert.Equal("year", info.Extensions["field"]);
        Assert.Equal("Year 1800 is outside 2000–2100.", info.Message);
    }
}
