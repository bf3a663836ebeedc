using Hiring.Storage;
namespace Hiring.Agents.Persistence;

/// <summary>
/// Reads a row written by an older (or renamed) state type. Additive changes need no upgrader:
/// Orleans' serializer skips unknown field ids and defaults missing ones. Register one in DI when
/// a change is not additive, and bump the type's <see cref="StateVersionAttribute"/>.
/// </summary>
public interface IStateUpgrader
{
    bool CanUpgrade(StateTypeTag stored, Type current);

    object Upgrade(StateTypeTag stored, ReadOnlyMemory<byte> payload);
}
