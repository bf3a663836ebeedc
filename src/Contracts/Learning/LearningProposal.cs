namespace Hiring.Contracts.Learning;

/// <summary>
/// A change the learning agent proposes to a project's qualifications, with the evidence behind it.
/// It is carried to the recruiter's assistant, which asks for approval before anything applies.
/// </summary>
/// <param name="Key">Stable identity ("add-skill:terraform", "relax:q3"): a proposal is offered once.</param>
/// <param name="Change">What would change.</param>
/// <param name="Subject">The canonical skill to add, or the qualification id to change.</param>
/// <param name="Text">The proposal in a sentence ("Add Terraform as a nice-to-have").</param>
/// <param name="Evidence">Why, in counts and candidates ("you advanced 6 of 7 who have it…").</param>
/// <param name="Weight">The model's weight: the log odds ratio of acceptance with the signal against without.</param>
/// <param name="Positives">Candidates the recruiter accepted that the evidence counts.</param>
/// <param name="Negatives">Candidates the recruiter passed on that the evidence counts.</param>
[GenerateSerializer, Immutable, Alias("hiring.learning.proposal")]
public sealed record LearningProposal(
    [property: Id(0)] string Key,
    [property: Id(1)] LearningChange Change,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Text,
    [property: Id(4)] string Evidence,
    [property: Id(5)] double Weight,
    [property: Id(6)] IReadOnlyList<string> Positives,
    [property: Id(7)] IReadOnlyList<string> Negatives);
