using System.Text;
using System.Text.Json;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Intake;

/// <summary>
/// A JSON Resume job document (jsonresume.org job schema). Its qualifications are must-haves unless
/// their wording says otherwise; each skill's name is a must-have and its keywords nice-to-haves.
/// </summary>
public sealed class JsonResumeJobReader(IntakePhrases phrases, SlotExtractor slots, RequirementReader requirements)
{
    /// <summary>The document, when the text is a JSON object with a job title; else null.</summary>
    public static JsonDocument? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('{'))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(trimmed);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("title", out _))
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JobDraft Read(JsonElement job, Provenance provenance)
    {
        var title = Text(job, "title");
        var titleSlots = slots.Extract(title, PlanIntent.StartProject);
        var seniority = titleSlots.Seniority ?? slots.Extract(Text(job, "experience"), PlanIntent.StartProject).Seniority ?? "";
        var remote = phrases.JsonResumeRemote(Text(job, "remote"));
        var location = job.TryGetProperty("location", out var place) && place.ValueKind == JsonValueKind.Object ? place : default;
        var city = location.ValueKind == JsonValueKind.Object ? Text(location, "city") : "";
        var region = location.ValueKind == JsonValueKind.Object ? Text(location, "region") : "";
        List<string> places = city.Length > 0 ? [city] : region.Length > 0 ? [region] : [];

        var drafts = new List<DraftRequirement>();
        drafts.AddRange(Texts(job, "qualifications").Select(q => requirements.Read(q, QualificationKind.MustHave)));
        if (job.TryGetProperty("skills", out var skills) && skills.ValueKind == JsonValueKind.Array)
        {
            foreach (var skill in skills.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
            {
                AddSkill(drafts, Text(skill, "name"), QualificationKind.MustHave);
                foreach (var keyword in Texts(skill, "keywords"))
                {
                    AddSkill(drafts, keyword, QualificationKind.NiceToHave);
                }
            }
        }

        var minYears = drafts.Where(d => d.Kind == QualificationKind.MustHave).Select(d => d.MinYears).FirstOrDefault(y => y is not null)
            ?? slots.Extract(Text(job, "experience"), PlanIntent.StartProject).Years;
        return new JobDraft(
            title,
            title.Length > 0 ? requirements.NormalizedTitle(title) : "",
            seniority,
            places,
            remote,
            phrases.Employment(Text(job, "type")),
            Description(job),
            minYears,
            drafts,
            IntakeSourceKind.JsonResumeJob,
            provenance);
    }

    /// <summary>A skill entry names one skill: made canonical as a whole ("Next.js" is not "js").</summary>
    private void AddSkill(List<DraftRequirement> drafts, string name, QualificationKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var text = name.Trim();
        if (phrases.Language(text) is { } language)
        {
            drafts.Add(new DraftRequirement(text, kind, QualificationCategory.Language, language));
            return;
        }

        var canonical = requirements.CanonicalSkill(text);
        if (!drafts.Any(d => d.Category == QualificationCategory.Skill && d.Subject == canonical))
        {
            drafts.Add(new DraftRequirement(text, kind, QualificationCategory.Skill, canonical));
        }
    }

    private static string Description(JsonElement job)
    {
        var text = new StringBuilder(Text(job, "description"));
        var company = Text(job, "company");
        if (company.Length > 0)
        {
            text.Insert(0, $"{company}. ");
        }

        foreach (var responsibility in Texts(job, "responsibilities"))
        {
            text.Append("\n- ").Append(responsibility);
        }

        return text.ToString().Trim();
    }


    private static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static IEnumerable<string> Texts(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0)
            : [];
}
