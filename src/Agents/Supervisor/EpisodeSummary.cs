using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Writes the episode of a stretch of conversation about one project from the supervisor's own records:
/// what the recruiter asked for (the intents of its plans) and decided in the inbox, in order, and where the
/// project's pipeline stood ("On 4 Dec, Senior Backend Engineer (Berlin): you set up the project, you
/// approved 3 qualifications (go, kubernetes, docker) and you asked me to source; the pipeline then held
/// 25 candidates, 4 shortlisted."). It quotes no message, so no refused word and no candidate's name
/// reaches it: candidates are counted. The words are those of prompts/builtin/memory.yaml.
/// </summary>
public sealed partial class EpisodeSummary(MemoryRules rules)
{
    /// <summary>How much an episode weighs in recall: less than what the recruiter asked to keep.</summary>
    public const double Importance = 0.3;

    private const int ListedQualifications = 5;

    private static readonly PipelineStage[] Shortlisted = [PipelineStage.Shortlisted, PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing, PipelineStage.Hired];
    private static readonly PipelineStage[] Contacted = [PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing, PipelineStage.Hired];

    /// <summary>The episode of the stretch, with the conversation as its source; null when the project has no spec.</summary>
    /// <param name="stretch">The stretch that ended.</param>
    /// <param name="events">The event log over the stretch's span (events of other plans are left out).</param>
    /// <param name="project">The project as it stands now.</param>
    public MemoryDraft? Summarise(ConversationStretch stretch, IReadOnlyList<AssistantEvent> events, ProjectSnapshot project)
    {
        if (project.Spec is not { } spec)
        {
            return null;
        }

        var plans = stretch.PlanIds.ToHashSet(StringComparer.Ordinal);
        var ours = events.Where(e => e.Sequence >= stretch.FromEvent && e.Sequence <= stretch.ThroughEvent && e.PlanId is { } id && plans.Contains(id)).ToList();
        var did = new List<string>();
        foreach (var phrase in ours.Select(e => Phrase(e, project)).OfType<string>())
        {
            if (!did.Contains(phrase, StringComparer.Ordinal))
            {
                did.Add(phrase);
            }
        }

        var text = rules.Say(
            "episode",
            ("when", When(stretch)),
            ("role", Client(spec) is { } client ? rules.Say("episode_for", ("role", Role(spec)), ("client", client)) : Role(spec)),
            ("did", did.Count == 0 ? rules.Say("episode_worked") : WordList.Join(did)),
            ("pipeline", Pipeline(project)));
        var source = new MemorySource(MemorySource.Conversation, stretch.Reference, "", project.ProjectId, stretch.StartedAt, stretch.EndedAt);
        return new MemoryDraft(text, MemoryKind.Episode, Importance, source);
    }

    /// <summary>What an event of the stretch says the recruiter did: the intent of a plan, or a decision in the inbox.</summary>
    private string? Phrase(AssistantEvent e, ProjectSnapshot project) => e.Kind switch
    {
        AssistantEventKind.PlanCreated when e.Payload is { } payload =>
            rules.Messages.GetValueOrDefault($"episode_{Snake(EventJson.Deserialize<PlanCreatedPayload>(payload).Plan.Intent.ToString())}"),
        AssistantEventKind.ApprovalDecided when e.Payload is { } payload => Decision(EventJson.Deserialize<ApprovalRequest>(payload), project),
        _ => null,
    };

    private string? Decision(ApprovalRequest approval, ProjectSnapshot project)
    {
        // A withdrawn approval was no one's decision: its candidate was erased.
        if (approval.Status is ApprovalStatus.Pending or ApprovalStatus.Withdrawn)
        {
            return null;
        }

        var approved = approval.Status == ApprovalStatus.Approved;
        if (approval.Action == ApprovalAction.ApplyQualificationChange && approved)
        {
            var kept = project.Qualifications.Where(q => q.Approved && q.Policy.Allowed).ToList();
            if (kept.Count > 0)
            {
                var names = kept.Take(ListedQualifications).Select(q => q.Subject ?? q.Text).ToList();
                var list = string.Join(", ", names) + (kept.Count > ListedQualifications ? ", …" : "");
                return rules.Say("episode_qualifications", ("count", kept.Count.ToString(CultureInfo.InvariantCulture)), ("list", list));
            }
        }

        return rules.Messages.TryGetValue($"episode_action_{Snake(approval.Action.ToString())}", out var what)
            ? rules.Say(approved ? "episode_approved" : "episode_rejected", ("what", what))
            : null;
    }

    private string When(ConversationStretch stretch)
    {
        static string Day(DateTimeOffset at) => at.ToString("d MMM", CultureInfo.InvariantCulture);
        return stretch.StartedAt.UtcDateTime.Date == stretch.EndedAt.UtcDateTime.Date
            ? rules.Say("episode_on", ("day", Day(stretch.StartedAt)))
            : rules.Say("episode_between", ("from", Day(stretch.StartedAt)), ("to", Day(stretch.EndedAt)));
    }

    private static string Role(JobSpec spec)
    {
        var where = spec.Locations.Count > 0 ? string.Join(" or ", spec.Locations) : spec.Remote == RemotePolicy.Remote ? "remote" : "";
        return where.Length > 0 ? $"{spec.Title} ({where})" : spec.Title;
    }

    /// <summary>
    /// Who the work was for, as the request named it ("two MSK physios for Ridgeway Clinic in Geelong", "an advert for a KS2
    /// teacher at Oakfield Primary", "for the Pemberton account"), so "what were we working on yesterday?" is answered with
    /// the client the recruiter knows it by; null when the request names none but the role's places.
    /// </summary>
    private static string? Client(JobSpec spec)
    {
        foreach (Match named in ClientName().Matches(spec.Description))
        {
            var name = Possessive().Replace(named.Groups["name"].Value, "").Trim();
            if (!spec.Locations.Any(l => l.Equals(name, StringComparison.OrdinalIgnoreCase) || l.StartsWith($"{name},", StringComparison.OrdinalIgnoreCase))
                && !spec.Title.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    // "for Ridgeway Clinic", "at Oakfield Primary", "for the Pemberton account"; not where a candidate worked ("experience at Google");
    // or a name of two or more words set off by commas after the role ("a mine geologist, Karoo Platinum, Northern Cape").
    [GeneratedRegex(@"(?<!\b(?:worked|working|work|experience|background|years|time|stint|ex)\s+)\b(?i:for|at)\s+(?i:the\s+)?(?<name>\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){0,3})|(?<=,\s*)(?<name>\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){1,3})(?=\s*(?:,|$))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ClientName();

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();

    /// <summary>Where the pipeline stood, counted (calibration and archived candidates aside); empty when it held no one.</summary>
    private string Pipeline(ProjectSnapshot project)
    {
        var held = project.Pipeline.Where(e => e.Stage is not (PipelineStage.Calibration or PipelineStage.Archived)).ToList();
        if (held.Count == 0)
        {
            return "";
        }

        var parts = new List<string> { rules.Say("episode_pipeline", ("count", Count(held.Count))) };
        AddCount(parts, "episode_shortlisted", held.Count(e => Shortlisted.Contains(e.Stage)));
        AddCount(parts, "episode_contacted", held.Count(e => Contacted.Contains(e.Stage)));
        AddCount(parts, "episode_hired", held.Count(e => e.Stage == PipelineStage.Hired));
        return string.Join(", ", parts);
    }

    private void AddCount(List<string> parts, string key, int count)
    {
        if (count > 0)
        {
            parts.Add(rules.Say(key, ("count", Count(count))));
        }
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Snake(string name) => Capital().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex Capital();
}
