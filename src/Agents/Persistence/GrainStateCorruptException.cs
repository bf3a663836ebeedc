using Hiring.Storage;
namespace Hiring.Agents.Persistence;

/// <summary>
/// A stored grain state row could not be read. Thrown from the storage provider so only the
/// grain whose row is broken fails to activate; the silo and every other grain keep working.
/// </summary>
[GenerateSerializer, Alias("hiring.storage.corrupt-state")]
public sealed class GrainStateCorruptException : Exception
{
    public GrainStateCorruptException(string message, Exception? inner = null) : base(message, inner) { }

    public GrainStateCorruptException() { }

    public GrainStateCorruptException(string message) : base(message) { }
}
