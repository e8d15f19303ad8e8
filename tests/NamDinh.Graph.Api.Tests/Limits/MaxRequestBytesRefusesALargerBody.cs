namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:MaxRequestBytes (here 1000) is the largest body a POST may have: one byte more is 413 REQUEST_TOO_LARGE,
/// told by Content-Length or found while reading a body sent without it; a body of exactly the limit is answered.
/// </summary>
public sealed class MaxRequestBytesRefusesALargerBody(MaxRequestBytesRefusesALargerBody.Server server) : IClassFixture<MaxRequestBytesRefusesALargerBody.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:MaxRequestBytes", "1000"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_exactly_the_limit_is_answered(bool chunked)
    {
        var (status, body, text) = await server.AdminHttp.PostBodyAsync(BodyOf(1000), chunked);

        Assert.True(status == 200, text);
        Assert.Null(body!["errors"]);
        Assert.NotEmpty(body["data"].Array("units"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_one_byte_over_the_limit_is_413_REQUEST_TOO_LARGE(bool chunked)
    {
        var (status, body, text) = await server.AdminHttp.PostBodyAsync(BodyOf(1001), chunked);

        Assert.True(status == 413, text);
        var error = Assert.Single(body.Array("errors"));
        Assert.Equal("REQUEST_TOO_LARGE", error.CodeOf());
        Assert.Equal("The body is larger than 1000 bytes.", error.Text("message"));
        Assert.Null(body!["data"]);
    }

    [Fact]
    public async Task A_large_body_is_refused_whatever_it_holds()
    {
        // Not even JSON: the size is checked first.
        var (status, body, _) = await server.AdminHttp.PostBodyAsync(new string('x', 100_000), chunked: true);

        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", body.Array("errors")[0].CodeOf());
    }

    /// <summary>A request for the units, padded with spaces inside its query to <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string BodyOf(int bytes)
    {
        const string head = """{"query":"{ units { code } }""";
        const string tail = "\"}";
        var body = head + new string(' ', bytes - head.Length - tail.Length) + tail;
        Assert.Equal(bytes, System.Text.Encoding.UTF8.GetByteCount(body));
        return body;
    }
}
