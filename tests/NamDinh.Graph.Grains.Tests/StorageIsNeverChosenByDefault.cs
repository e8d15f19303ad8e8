using Microsoft.Extensions.Hosting;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Grains.Tests;

/// <summary>
/// A silo never guesses where reports are kept: settings that name no usable storage are refused
/// with a message naming the setting to fix.
/// </summary>
public sealed class StorageIsNeverChosenByDefault
{
    [Fact]
    public void NoProviderIsRefusedNamingStorageProvider()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StorageOptions().Validate());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AzureTableWithoutAConnectionStringIsRefusedNamingStorageConnectionString(string? connectionString)
    {
        var options = new StorageOptions { Provider = StorageProvider.AzureTable, ConnectionString = connectionString };

        var error = Assert.Throws<InvalidOperationException>(() => options.Validate());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureTableWithAConnectionStringIsAccepted() =>
        Assert.Equal(
            StorageProvider.AzureTable,
            new StorageOptions { Provider = StorageProvider.AzureTable, ConnectionString = "UseDevelopmentStorage=true" }.Validate());

    [Fact]
    public void MemoryNeedsNoConnectionString() =>
        Assert.Equal(StorageProvider.Memory, new StorageOptions { Provider = StorageProvider.Memory }.Validate());

    [Fact]
    public void ASiloGivenNoProviderRefusesToBeBuilt()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => Host.CreateApplicationBuilder().UseOrleans(silo => silo.AddReportGrains(new StorageOptions())));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }
}
