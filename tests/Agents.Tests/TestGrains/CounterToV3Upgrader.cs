using System.Globalization;
using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Storage;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class CounterToV3Upgrader : IStateUpgrader
{
    public bool CanUpgrade(StateTypeTag stored, Type current) =>
        stored == new StateTypeTag("hiring.tests.counter-state-v3", 1) && current == typeof(CounterStateV3);

    public object Upgrade(StateTypeTag stored, ReadOnlyMemory<byte> payload)
    {
        var old = SerializerFactory.Create().Deserialize<CounterState>(payload)!;
        return new CounterStateV3 { Total = old.Value.ToString(CultureInfo.InvariantCulture) };
    }
}
