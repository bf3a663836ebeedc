namespace Hiring.Agents.SubAgents;

/// <summary>
/// Maps a parameter of a step's input or output record to its name in the plan's values (one of
/// <see cref="Contracts.Planning.StepValueNames"/>); <see cref="StepValues"/> binds and writes by it.
/// </summary>
/// <param name="name">The value's name; with <see cref="Numbered"/>, the prefix of the names.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class StepValueAttribute(string name) : Attribute
{
    public string Name => name;

    /// <summary>The characters a list's items are separated by; the first one joins them when written.</summary>
    public string Separators { get; init; } = ",";

    /// <summary>Whether a list's items are read in lower case (ids the recruiter may type as "Q1").</summary>
    public bool LowerCase { get; init; }

    /// <summary>A dictionary of every value named <see cref="Name"/> followed by digits ("q1", "q2", …), in the order given.</summary>
    public bool Numbered { get; init; }
}
