using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Agents.Tests.TestGrains;

/// <summary>A counter state type after a breaking change (the number became text), so version 2.</summary>
[GenerateSerializer, Alias("hiring.tests.counter-state-v3"), StateVersion(2)]
public sealed class CounterStateV3
{
    [Id(0)]
    public string Total { get; set; } = "";
}
