using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory.Steps;

/// <summary>Input of forget: the recruiter's request, what it names, a candidate when it names one (an erasure request), and the memories when the supervisor already knows which.</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.forget-input")]
public sealed record ForgetInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Subject)] string? Subject = null,
    [property: Id(2)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(3)][StepValue(StepValueNames.MemoryIds)] IReadOnlyList<string>? Memories = null);
