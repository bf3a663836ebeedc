using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Learning.Steps;

/// <summary>Input of apply-learning: the approved proposal (the recruiter may edit the wording of a skill to add).</summary>
/// <param name="Key">The proposal's key.</param>
/// <param name="Change">The change: AddNiceToHave, MakeMustHave, MakeNiceToHave or Drop.</param>
/// <param name="Subject">The canonical skill to add, or the qualification id to change.</param>
/// <param name="Text">The wording of a qualification to add (the skill, unless the recruiter edited it).</param>
/// <param name="Evidence">Why it was proposed, as shown with the approval.</param>
/// <param name="Candidates">The accepted candidates the evidence counts (the approvals inbox lists them by name).</param>
[GenerateSerializer, Immutable, Alias("hiring.learning.apply-input")]
public sealed record ApplyLearningInput(
    [property: Id(0)][StepValue(StepValueNames.LearningKey)] string? Key = null,
    [property: Id(1)][StepValue(StepValueNames.LearningChange)] string? Change = null,
    [property: Id(2)][StepValue(StepValueNames.Subject)] string? Subject = null,
    [property: Id(3)][StepValue(StepValueNames.Text)] string? Text = null,
    [property: Id(4)][StepValue(StepValueNames.Evidence)] string? Evidence = null,
    [property: Id(5)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null);
