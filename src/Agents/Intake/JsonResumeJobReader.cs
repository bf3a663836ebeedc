using System.Text;
using System.Text.Json;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Intake;

/// <summary>
/// A JSON Resume job document (jsonresume.org job schema). Its qualifications are must-haves unless
/// their wording says otherwise; each skill's name and keywords are must-haves (what the job lists as its skills).
/// </summary>
public sealed class JsonResumeJobReader(IntakePhrases phrases, RoleRequestReader roles, RequirementReader requirements, PlaceReader places)
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
        var named = roles.Read(title);
        var experience = roles.Read(Text(job, "experience"));
        var remote = phrases.JsonResumeRemote(Text(job, "remote"));
        var location = job.TryGetProperty("location", out var place) && place.ValueKind == JsonValueKind.Object ? place : default;
        var where = places.Read(Where(location));
        if (remote == RemotePolicy.Remote && where.Places.Count == 0 && where.RemoteWithin.Count == 0)
        {
            // A remote job without a location says where people may live in its description, if anywhere.
            where = places.Read(Description(job));
        }

        if (remote == RemotePolicy.Unspecified)
        {
            remote = where.Remote;
        }

        var drafts = new List<DraftRequirement>();
        drafts.AddRange(Texts(job, "qualifications").SelectMany(q => requirements.ReadAll(q, QualificationKind.MustHave)));
        if (job.TryGetProperty("skills", out var skills) && skills.ValueKind == JsonValueKind.Array)
        {
            foreach (var skill in skills.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
            {
                // A skill and its keywords are what the job lists as its skills: required, like the skill itself.
                AddSkill(drafts, Text(skill, "name"), QualificationKind.MustHave);
                foreach (var keyword in Texts(skill, "keywords"))
                {
                    AddSkill(drafts, keyword, QualificationKind.MustHave);
                }
            }
        }

        drafts = RoleDraft.WithoutTitleEchoes(drafts, named.Title?.Canonical);
        var minYears = experience.Years
            ?? drafts.Where(d => d.Kind == QualificationKind.MustHave && d.Category == QualificationCategory.Experience).Select(d => d.MinYears).FirstOrDefault(y => y is not null);
        return new JobDraft(
            named.Title is null ? title : RoleDraft.DisplayTitle(named with { Seniority = named.Seniority ?? experience.Seniority }),
            named.Title?.Canonical ?? (title.Length > 0 ? requirements.NormalizedTitle(title) : ""),
            named.Seniority ?? experience.Seniority ?? "",
            remote == RemotePolicy.Remote ? [] : [.. where.Places.Select(p => p.Name)],
            remote,
            phrases.Employment(Text(job, "type")),
            Description(job),
            minYears,
            drafts,
            IntakeSourceKind.JsonResumeJob,
            provenance,
            remote == RemotePolicy.Remote ? [] : where.Places,
            remote == RemotePolicy.Remote ? [.. where.RemoteWithin.Concat(where.Places.Where(p => p.Kind is PlaceKind.Country or PlaceKind.Zone))] : where.RemoteWithin);
    }

    /// <summary>"Boston, US": the city and its country (a region only when there is no city), which a gazetteer cannot misread.</summary>
    private static string Where(JsonElement location)
    {
        if (location.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var city = Text(location, "city");
        var place = city.Length > 0 ? city : Text(location, "region");
        var country = Text(location, "countryCode");
        return place.Length == 0 ? country : country.Length > 0 ? $"based in {place}, {country}" : $"based in {place}";
    }

    /// <summary>A skill entry names one skill: made canonical as a whole ("Next.js" is not "js").</summary>
    private void AddSkill(List<DraftRequirement> drafts, string name, QualificationKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var text = name.Trim();
        var read = roles.Read(text).Requirements;
        var (category, subject) = read is [{ Category: QualificationCategory.Language } language]
            ? (QualificationCategory.Language, language.Subject)
            : (QualificationCategory.Skill, requirements.CanonicalSkill(text));
        if (!drafts.Any(d => d.Category == category && d.Subject == subject))
        {
            drafts.Add(new DraftRequirement(text, kind, category, subject));
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
