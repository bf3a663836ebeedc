using System.Globalization;
using System.Text.Json;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>
/// Job-spec extraction through prompts/intake.yaml. The model reads the fields and requirements; skill
/// subjects and the normalized title are made canonical by the taxonomy, and the description is the
/// recruiter's own text, never the model's rewrite.
/// </summary>
public sealed class LlmIntakeDefinition(IntakePhrases phrases, RequirementReader requirements, PlaceReader places) : ILlmTaskDefinition<IntakeRequest, JobDraft>
{
    public string Name => IntakeTask.Name;

    public ModelTier Tier => IntakeTask.Tier;

    public string PromptName => IntakeTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(IntakeRequest input) => new Dictionary<string, object?>
    {
        ["text"] = input.Text,
        ["slots"] = string.Join("; ", new[]
        {
            Join("titles", input.Slots.Titles),
            Join("skills", input.Slots.Skills),
            Join("locations", input.Slots.Locations),
            input.Slots.Seniority is { } seniority ? $"seniority: {seniority}" : "",
            input.Slots.Years is { } years ? $"years: {years.ToString(CultureInfo.InvariantCulture)}" : "",
        }.Where(s => s.Length > 0)) is { Length: > 0 } slots ? slots : "none",
        ["conversation"] = input.Answer is { Length: > 0 } answer
            ? $"the assistant asked \"{input.Asked ?? "what was missing"}\" and the recruiter answered \"{answer}\""
            : "none",
    };

    public JobDraft Read(JsonElement json, IntakeRequest input, Provenance provenance)
    {
        var title = JsonFields.Text(json, "title");
        var drafts = new List<DraftRequirement>();
        foreach (var (item, index) in json.GetProperty("requirements").EnumerateArray().Select((r, i) => (r, i)))
        {
            var text = JsonFields.Text(item, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new UnusableOutputException($"requirements[{index}].text is empty.");
            }

            var category = Enum.Parse<QualificationCategory>(JsonFields.Text(item, "category"));
            var subject = JsonFields.OptionalText(item, "subject");
            if (category == QualificationCategory.Skill && subject is not null)
            {
                subject = requirements.CanonicalSkill(subject);
            }

            var kind = JsonFields.Text(item, "kind") == "nice" ? QualificationKind.NiceToHave : QualificationKind.MustHave;
            drafts.Add(new DraftRequirement(text.Trim(), kind, category, subject is null ? null : TokenFold.Key(subject), JsonFields.OptionalInt(item, "min_years")));
        }

        // The model's place names are resolved against the gazetteer, like the built-in engine's.
        var based = JsonFields.Texts(json, "locations").Select(l => places.Read($"in {l}").Places).SelectMany(p => p).DistinctBy(p => (p.Name, p.CountryCode)).ToList();
        var within = JsonFields.Texts(json, "remote_within").Select(w => places.Read($"remote within {w}").RemoteWithin).SelectMany(p => p).DistinctBy(p => (p.Name, p.CountryCode)).ToList();
        return new JobDraft(
            title,
            title.Length > 0 ? requirements.NormalizedTitle(title) : "",
            JsonFields.OptionalText(json, "seniority") ?? "",
            based.Count > 0 ? [.. based.Select(p => p.Name)] : JsonFields.Texts(json, "locations"),
            Enum.Parse<RemotePolicy>(JsonFields.Text(json, "remote")),
            Enum.Parse<EmploymentType>(JsonFields.Text(json, "employment")),
            input.Answer is { Length: > 0 } answer ? $"{input.Text.Trim()}\n{answer.Trim()}" : input.Text.Trim(),
            JsonFields.OptionalInt(json, "min_years"),
            drafts,
            phrases.SourceOf(input.Text),
            provenance,
            based,
            within);
    }

    public JobDraft WithProvenance(JobDraft output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(JobDraft output) => output.Provenance;

    private static string Join(string name, IReadOnlyList<string> values) => values.Count > 0 ? $"{name}: {string.Join(", ", values)}" : "";
}
