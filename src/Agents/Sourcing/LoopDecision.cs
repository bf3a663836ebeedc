namespace Hiring.Agents.Sourcing;

/// <summary>What the feedback loop does after an iteration is evaluated.</summary>
[GenerateSerializer, Alias("hiring.sourcing.loop-decision")]
public enum LoopDecision
{
    /// <summary>Good enough, or the budget is spent: no further iteration.</summary>
    Stop = 0,

    /// <summary>Precision is below target: the next query asks for more.</summary>
    Tighten = 1,

    /// <summary>Too few good matches: the next query asks for less.</summary>
    Broaden = 2,
}
