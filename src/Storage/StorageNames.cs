namespace Hiring.Storage;

/// <summary>Names of the storage providers and files grains and services use.</summary>
public static class StorageNames
{
    /// <summary>The grain storage provider every Hiring grain persists through.</summary>
    public const string Hiring = "hiring";

    /// <summary>The SQLite database file inside the data folder.</summary>
    public const string DatabaseFileName = "hiring.db";
}
