using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory.Steps;

/// <summary>Input of remember: the words to read (the message without what the policy refused), the message they came from, the project the recruiter was on, and what the work asked beside it is about.</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.remember-input")]
public sealed record RememberInput(
    [property: Id(0)][StepValue(StepValueNames.Text)] string? Text = null,
    [property: Id(1)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(2)][StepValue(StepValueNames.SourceMessage)] string? Source = null,
    [property: Id(3)][StepValue(StepValueNames.Corrects)] bool? Corrects = null,
    [property: Id(4)][StepValue(StepValueNames.MemoryContext)] string? Context = null,
    [property: Id(5)][StepValue(StepValueNames.MemoryScope)] string? Scope = null);
