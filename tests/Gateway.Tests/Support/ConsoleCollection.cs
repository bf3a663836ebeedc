namespace Hiring.Gateway.Tests.Support;

/// <summary>Tests that redirect Console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
