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

    /// <summary>
    /// This proposal as the one approval that replaces <paramref name="older"/> ("no, make typescript a nice to have" while
    /// the role's qualifications still wait): what the older one listed and this one neither re-words nor removes is kept,
    /// with its approval, its removals and its change of the spec when this one makes none.
    /// </summary>
    public ApplyQualificationsInput Over(ApplyQualificationsInput older)
    {
        if (older.Listed is null)
        {
            // The older one listed nothing to carry over.
            return this;
        }

        // A change that proposes no qualification (a place, a level) lists none of its own.
        var own = Listed ?? new Dictionary<string, string>();
        var removed = (Remove ?? []).ToHashSet(StringComparer.Ordinal);
        var listed = new Dictionary<string, string>(own, StringComparer.Ordinal);
        foreach (var (id, text) in older.Listed ?? new Dictionary<string, string>())
        {
            if (!removed.Contains(id))
            {
                listed.TryAdd(id, text);
            }
        }

        var approve = Approved(this).Concat(Approved(older).Where(id => !removed.Contains(id) && !own.ContainsKey(id))).Distinct(StringComparer.Ordinal).ToList();
        var removes = removed.Concat((older.Remove ?? []).Where(id => !own.ContainsKey(id))).Distinct(StringComparer.Ordinal).ToList();
        return this with
        {
            Listed = listed.Count > 0 ? listed : null,
            Approve = approve.Count > 0 ? approve : [None],
            Remove = removes.Count > 0 ? removes : null,
            Add = Add is null && older.Add is null ? null : [.. (older.Add ?? []).Concat(Add ?? [])],
            Spec = Spec ?? older.Spec,
        };
    }

    /// <summary>The ids a proposal approves: every listed one for "all" (or nothing said), none for "none".</summary>
    private static IEnumerable<string> Approved(ApplyQualificationsInput input) => input.Approve switch
    {
        null or [] or [All] => input.Listed?.Keys ?? Enumerable.Empty<string>(),
        [None] => [],
        var ids => ids,
    };
}
