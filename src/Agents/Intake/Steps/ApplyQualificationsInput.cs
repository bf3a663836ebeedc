using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake.Steps;

/// <summary>
/// Input of apply-qualifications: the proposed qualifications and, after the approval, the
/// recruiter's decision merged in. Refused qualifications are never approved, whatever it says.
/// </summary>
/// <param name="Listed">Each proposed qualification by id ("q1") with its description; a value other than the description is the recruiter's edit, re-read and policy-checked. None: every unapproved one.</param>
/// <param name="Approve">"all" (also when absent: every listed one), "none", or ids.</param>
/// <param name="Remove">Ids to remove.</param>
/// <param name="Add">New requirements in the recruiter's words.</param>
/// <param name="Spec">A change of the job spec proposed with the qualifications.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.intake.apply-qualifications-input")]
public sealed record ApplyQualificationsInput(
    [property: Id(0)][StepValue(StepValueNames.QualificationPrefix, Numbered = true)] IReadOnlyDictionary<string, string>? Listed = null,
    [property: Id(1)][StepValue(StepValueNames.Approve, Separators = ", ;", LowerCase = true)] IReadOnlyList<string>? Approve = null,
    [property: Id(2)][StepValue(StepValueNames.Remove, Separators = ", ;", LowerCase = true)] IReadOnlyList<string>? Remove = null,
    [property: Id(3)][StepValue(StepValueNames.Add, Separators = ";")] IReadOnlyList<string>? Add = null,
    [property: Id(4)][StepValue(StepValueNames.Spec)] SpecChange? Spec = null,
    [property: Id(5)][StepValue(StepValueNames.Project)] string? Project = null)
{
    public const string All = "all";
    public const string None = "none";
}
