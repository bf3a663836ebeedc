using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Output of draft-message: the candidates a draft waits for their send approval, best first.</summary>
[GenerateSerializer, Immutable, Alias("hiring.outreach.draft-message-output")]
public sealed record DraftMessageOutput([property: Id(0)][StepValue(StepValueNames.Drafted)] IReadOnlyList<string> Drafted);
