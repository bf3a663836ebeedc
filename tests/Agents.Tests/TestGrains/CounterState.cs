namespace Hiring.Agents.Tests.TestGrains;

[GenerateSerializer, Alias("hiring.tests.counter-state")]
public sealed class CounterState
{
    [Id(0)]
    public int Value { get; set; }
}
