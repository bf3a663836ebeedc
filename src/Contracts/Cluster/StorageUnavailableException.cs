namespace Hiring.Contracts.Cluster;

/// <summary>
/// A grain call failed because its database could not complete (a connection cut, a server restarting, a timeout).
/// It stands in for the driver's own exception, which does not cross a silo boundary: Orleans has no codec for it, so the
/// answer would be dropped and the caller would wait out its response timeout instead of learning at once. Nothing is
/// known to have been written; the caller may try again.
/// </summary>
[GenerateSerializer, Alias("hiring.cluster.storage-unavailable")]
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates one with the default message.</summary>
    public StorageUnavailableException()
    {
    }

    /// <summary>Creates one that says what failed.</summary>
    public StorageUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates one that says what failed, with its cause.</summary>
    public StorageUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The driver's exception type, as a name (for logs and for a caller that wants to tell faults apart).</summary>
    [Id(0)]
    public string? DriverError { get; init; }
}
