using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Agents.Tests.TestGrains;

/// <summary>A counter state type after an additive change (one new field) and a version bump.</summary>
[GenerateSerializer, Alias("hiring.tests.counter-state-v2"), StateVersion(2)]
public sealed class CounterStateV2
{
    [Id(0)]
    public int Value { get; set; }

    [Id(1)]
    public string? Note { get; set; }
}
