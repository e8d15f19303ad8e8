using Microsoft.Extensions.Logging;

namespace NamDinh.Graph.Grains.Aggregates;

/// <summary>The log lines of <see cref="ProvinceAggregateGrain{T}"/>, apart because the generator writes no generic classes.</summary>
internal static partial class AggregateLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Aggregate {Aggregate} was stored meanwhile by another write; merging it before trying again in {Delay}.")]
    public static partial void StoredMeanwhile(ILogger logger, GrainId aggregate, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aggregate {Aggregate} could not be stored; trying again in {Delay}.")]
    public static partial void NotStored(ILogger logger, Exception error, GrainId aggregate, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aggregate {Aggregate} could not read what is stored; trying again in {Delay}.")]
    public static partial void NotRead(ILogger logger, Exception error, GrainId aggregate, TimeSpan delay);
}
