namespace Hiring.Agents.SubAgents;

/// <summary>The input of an action that reads nothing, or the output of one that hands nothing on.</summary>
[GenerateSerializer, Immutable, Alias("hiring.agents.no-step-values")]
public sealed record NoStepValues
{
    public static readonly NoStepValues Instance = new();
}
