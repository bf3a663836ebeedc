using System.Globalization;
using System.Text;
using System.Text.Json;
using Hiring.Agents.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// Outreach drafts through prompts/outreach-draft.yaml. The model sees only the facts
/// <see cref="ProfileFactFinder"/> finds on the masked profile (never the name: it writes {first_name}
/// and the product fills it in), the role's selling points and the settings. Its draft must cite each
/// fact verbatim in the section it names and pass the same <see cref="DraftChecker"/> as every draft
/// (true facts, the message policy, no promise beyond the spec and FAQ, length); otherwise the answer
/// is unusable, which after one repair makes the built-in composer answer instead.
/// </summary>
public sealed class LlmOutreachDefinition(OutreachTemplates templates, ProfileFactFinder finder, SellingPointReader selling, DraftChecker checker)
    : ILlmTaskDefinition<OutreachRequest, OutreachDraft>
{
    public const string FirstName = "first_name";
    private const string CompanySuffix = ".company";

    public string Name => OutreachDraftTask.Name;

    public ModelTier Tier => OutreachDraftTask.Tier;

    public string PromptName => OutreachDraftTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(OutreachRequest input)
    {
        var facts = new StringBuilder();
        foreach (var fact in finder.Find(input.Profile, input.Qualifications))
        {
            facts.Append(CultureInfo.InvariantCulture, $"- [{fact.Section}] {fact.Text} | matches: {fact.Requirement ?? "their current role"}\n");
            if (fact.Company is { Length: > 0 } company)
            {
                facts.Append(CultureInfo.InvariantCulture, $"  [{fact.CompanySection}] {company}\n");
            }
        }

        var points = selling.Read(input.Spec);
        var settings = input.Settings;
        return new Dictionary<string, object?>
        {
            ["facts"] = facts.Length > 0 ? facts.ToString() : "none: write an honest message that cites no fact",
            ["role"] = points.Role + points.Where,
            ["selling_points"] = $"pay: {points.Pay ?? "not stated (say nothing about pay)"}; team: {points.Team ?? "not stated"}",
            ["tone"] = settings.Tone.ToString().ToLowerInvariant(),
            ["greeting"] = FirstNameOf(input) is null ? "the name is unknown: greet without a name" : $"greet by {{{FirstName}}}",
            ["sender"] = settings.Sender is { Length: > 0 } sender ? sender : "none: sign without a name",
            ["first_limit"] = Number(templates.Limit(OutreachMessageKind.First, settings.Length)),
            ["follow_up_limit"] = Number(templates.Limit(OutreachMessageKind.FollowUp, settings.Length)),
            ["message_count"] = Number(1 + FollowUps(settings)),
        };
    }

    public OutreachDraft Read(JsonElement json, OutreachRequest input, Provenance provenance)
    {
        var expected = 1 + FollowUps(input.Settings);
        var answered = json.GetProperty("messages").EnumerateArray().ToList();
        if (answered.Count != expected)
        {
            throw new UnusableOutputException($"Write exactly {expected} message(s); the answer has {answered.Count}.");
        }

        var name = FirstNameOf(input);
        var messages = answered
            .Select((m, i) => new OutreachMessage(i == 0 ? OutreachMessageKind.First : OutreachMessageKind.FollowUp, Named(JsonFields.Text(m, "subject"), name), Named(JsonFields.Text(m, "body"), name)))
            .ToList();
        var facts = json.GetProperty("facts").EnumerateArray()
            .Select(f => new CitedFact(JsonFields.Text(f, "section"), JsonFields.Text(f, "text"), JsonFields.OptionalText(f, "requirement")))
            .ToList();
        if (facts.FirstOrDefault(f => !InSection(input.Profile, f)) is { } misplaced)
        {
            throw new UnusableOutputException($"The fact \"{misplaced.Text}\" is not verbatim in section '{misplaced.Section}'. Cite the listed facts exactly.");
        }

        var review = checker.Check(input.Profile, input.Spec, messages, facts, input.Settings.Length);
        var problems = review.Issues.Where(i => i.Blocking).Select(i => $"message {i.Message + 1}: {i.Reason}").ToList();
        if (review.Of(DraftIssueKind.NoProfileFact).Any() && finder.Find(input.Profile, input.Qualifications).Count > 0)
        {
            problems.Add("the first message cites none of the candidate's facts.");
        }

        if (problems.Count > 0)
        {
            throw new UnusableOutputException("The draft fails the checks: " + string.Join(" ", problems));
        }

        return new OutreachDraft(messages, facts, provenance);
    }

    public OutreachDraft WithProvenance(OutreachDraft output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(OutreachDraft output) => output.Provenance;

    private string? FirstNameOf(OutreachRequest input) => CandidateName.First(input.Profile.Name, templates.CourtesyTitles);

    /// <summary>The model never sees the name; a placeholder it writes for a candidate with no usable name is unusable.</summary>
    private static string Named(string text, string? name)
    {
        var placeholder = "{" + FirstName + "}";
        return !text.Contains(placeholder, StringComparison.Ordinal)
            ? text
            : name is not null ? Placeholders.Fill(text, (FirstName, name)) : throw new UnusableOutputException($"The candidate's name is unknown: greet without {placeholder}.");
    }

    /// <summary>Verbatim (whitespace and case aside, as <see cref="FactCheck"/> compares) in the profile section the fact names.</summary>
    private static bool InSection(CandidateProfile profile, CitedFact fact)
    {
        var section = fact.Section.EndsWith(CompanySuffix, StringComparison.Ordinal)
            ? CompanyOf(profile, fact.Section)
            : ProfileSections.Text(profile, fact.Section);
        return section is not null && FactCheck.Contains(section, fact.Text);
    }

    // "experience[2].company" → the company of the third role.
    private static string? CompanyOf(CandidateProfile profile, string section) =>
        Enumerable.Range(0, profile.Experiences.Count)
            .Where(i => section == ProfileSections.ExperienceTitle(i).Replace(".title", CompanySuffix, StringComparison.Ordinal))
            .Select(i => profile.Experiences[i].Company)
            .FirstOrDefault();

    private static int FollowUps(OutreachSettings settings) => Math.Clamp(settings.FollowUps, 0, OutreachSettings.MaxFollowUps);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
