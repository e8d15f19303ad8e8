using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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
        var error = Assert.Throws<OptionsValidationException>(() => StorageOptionsValidator.Check(new StorageOptions()));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AzureTableWithoutAConnectionStringIsRefusedNamingStorageConnectionString(string? connectionString)
    {
        var options = new StorageOptions { Provider = StorageProvider.AzureTable, ConnectionString = connectionString };

        var error = Assert.Throws<OptionsValidationException>(() => StorageOptionsValidator.Check(options));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1Reports")]
    [InlineData("Grain-State")]
    [InlineData("ANameSoLongThatWithReportsAfterItAzureWouldRefuseTheTable1")]
    public void AzureTableWithATableNameAzureRefusesIsRefusedNamingStorageTableName(string tableName)
    {
        var options = new StorageOptions { Provider = StorageProvider.AzureTable, ConnectionString = "UseDevelopmentStorage=true", TableName = tableName };

        var error = Assert.Throws<OptionsValidationException>(() => StorageOptionsValidator.Check(options));

        Assert.Contains("Storage:TableName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureTableWithAConnectionStringIsAccepted() =>
        Assert.Equal(
            StorageProvider.AzureTable,
            StorageOptionsValidator.Check(new StorageOptions { Provider = StorageProvider.AzureTable, ConnectionString = "UseDevelopmentStorage=true" }).Provider);

    [Fact]
    public void MemoryNeedsNoConnectionString() =>
        Assert.Equal(StorageProvider.Memory, StorageOptionsValidator.Check(new StorageOptions { Provider = StorageProvider.Memory }).Provider);

    [Fact]
    public void ASiloGivenNoProviderRefusesToBeBuilt()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Host.CreateApplicationBuilder().UseOrleans(silo => silo.AddReportGrains(new StorageOptions())));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }
}
