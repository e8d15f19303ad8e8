namespace NamDinh.Graph.Grains.Storage;

/// <summary>Where grain state lives. There is no default: the operator chooses.</summary>
public enum StorageProvider
{
    /// <summary>Azure Table Storage, or the Azurite emulator locally: durable.</summary>
    AzureTable,
    /// <summary>Process memory, for quick tries: everything is lost when the process stops.</summary>
    Memory,
}
