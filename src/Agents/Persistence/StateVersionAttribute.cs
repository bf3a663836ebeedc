using Hiring.Storage;
namespace Hiring.Agents.Persistence;

/// <summary>
/// The schema version of a persisted state type. Bump it when a change is not additive; the
/// stored row keeps the version it was written with so an upgrader can read old rows.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StateVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}
