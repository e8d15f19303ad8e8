using Azure;
using NamDinh.Graph.Abstractions.Storage;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// Storage that cannot be reached, times out, is throttled or answers a server error is down: the call is told as
/// <see cref="StorageUnavailableException"/>, which clients get as STORAGE_UNAVAILABLE and may try again. Storage that
/// answered and refused the request (not found, a conflict, a precondition, a bad request) is not down: that error
/// passes through as it is, for the caller that knows what it means.
/// </summary>
public sealed class StorageBeingDownIsToldFromStorageRefusing
{
    [Theory]
    [InlineData(0)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void Storage_that_did_not_answer_or_cannot_serve_now_is_down(int status) =>
        Assert.True(StorageFailures.IsUnavailable(new RequestFailedException(status, "storage")));

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public void Storage_that_refused_the_request_is_not_down(int status) =>
        Assert.False(StorageFailures.IsUnavailable(new RequestFailedException(status, "storage")));

    [Fact]
    public void A_connection_that_failed_is_down() =>
        Assert.True(StorageFailures.IsUnavailable(new HttpRequestException("Connection refused (127.0.0.1:10002)")));

    [Fact]
    public void Retries_that_all_found_storage_down_are_down() =>
        Assert.True(StorageFailures.IsUnavailable(new AggregateException(
            new RequestFailedException(503, "busy"), new HttpRequestException("refused"), new RequestFailedException(0, "no answer"))));

    [Fact]
    public void Retries_of_which_one_was_refused_are_not_down() =>
        Assert.False(StorageFailures.IsUnavailable(new AggregateException(new RequestFailedException(503, "busy"), new RequestFailedException(409, "conflict"))));

    [Fact]
    public void Errors_that_are_not_storage_failures_are_not_down()
    {
        Assert.False(StorageFailures.IsUnavailable(new InvalidOperationException("a bug")));
        Assert.False(StorageFailures.IsUnavailable(new AggregateException()));
    }

    [Fact]
    public async Task A_call_that_found_storage_down_throws_storage_unavailable_with_the_cause()
    {
        var down = new RequestFailedException(503, "Service Unavailable");

        var thrown = await Assert.ThrowsAsync<StorageUnavailableException>(() => StorageFailures.CallAsync<int>("read report 36-2021", () => throw down));

        Assert.Same(down, thrown.InnerException);
        Assert.Contains("read report 36-2021", thrown.Message);
    }

    [Fact]
    public async Task A_call_storage_refused_throws_its_own_error_unchanged()
    {
        var conflict = new RequestFailedException(412, "Precondition Failed");

        var thrown = await Assert.ThrowsAsync<RequestFailedException>(() => StorageFailures.CallAsync<int>("store a change", () => throw conflict));

        Assert.Same(conflict, thrown);
    }

    [Fact]
    public async Task A_call_that_succeeds_answers_its_result() =>
        Assert.Equal(42, await StorageFailures.CallAsync("read", () => Task.FromResult(42)));
}
