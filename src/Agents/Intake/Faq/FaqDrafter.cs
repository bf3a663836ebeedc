using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Intake.Faq;

/// <summary>
/// Drafts a job's FAQ from the recruiter's request or job description: pay only where amounts are
/// stated, the place and work arrangement from the spec intake read, and the team, interview process
/// and visa or relocation statements in the job's own words. Nothing is composed beyond the text:
/// a topic it does not state is listed as missing, with one question for the recruiter.
/// </summary>
public sealed class FaqDrafter
{
    private readonly FaqDraftRules _rules;
    private readonly IReadOnlyList<FaqTopicMatcher> _topics;
    private readonly PhraseSet _otherHeadings;
    private readonly Dictionary<string, PhraseSet> _policyWords;

    public FaqDrafter(FaqDraftRules rules)
    {
        if (string.IsNullOrWhiteSpace(rules.Version))
        {
            throw new InvalidDataException($"prompts/builtin/{FaqDraftRules.FileName}: 'version' is required.");
        }

        _rules = rules;
        _topics = [.. Enum.GetValues<FaqTopic>().Select(t => new FaqTopicMatcher(t, rules.Topic(t)))];
        _otherHeadings = new PhraseSet(rules.OtherHeadings);
        _policyWords = rules.PolicyWords.ToDictionary(p => p.Key, p => new PhraseSet(p.Value), StringComparer.OrdinalIgnoreCase);
        Money = new MoneyReader(rules);
    }

    public string Version => _rules.Version;

    /// <summary>The money reader of the same rules, for checks that compare amounts with the FAQ's.</summary>
    public MoneyReader Money { get; }

    public static FaqDrafter Load(PromptLibrary library) => new(FaqDraftRules.Load(library));

    public FaqDraft Draft(string text, JobDraft job)
    {
        var statements = JobStatements.Read(text, IsKnownHeading).ToList();
        var entries = new List<FaqEntry>();
        var topics = new List<FaqTopic>();
        var missing = new List<FaqTopic>();
        foreach (var matcher in _topics)
        {
            var found = statements.Where(s => IsAbout(matcher, s)).DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).Take(_rules.MaxStatements).ToList();
            var answer = matcher.Topic == FaqTopic.Location ? LocationAnswer(job, found) : FaqAnswerText.From(found, matcher.IsHeading);
            if (answer.Length == 0)
            {
                missing.Add(matcher.Topic);
                continue;
            }

            entries.Add(new FaqEntry(matcher.Rules.Question, answer));
            topics.Add(matcher.Topic);
        }

        return new FaqDraft(entries, topics, missing, missing.Count == 0 ? null : Ask(missing));
    }

    /// <summary>The topic an FAQ entry (drafted here or written by the recruiter) answers, by its question; null when none.</summary>
    public FaqTopic? TopicOf(FaqEntry entry) => _topics.FirstOrDefault(t => t.Asks(entry.Question))?.Topic;

    public string Message(string key, params (string Name, string Value)[] values)
    {
        var text = _rules.Messages.TryGetValue(key, out var template)
            ? template
            : throw new InvalidDataException($"prompts/builtin/{FaqDraftRules.FileName} has no message '{key}'.");
        return values.Aggregate(text, (current, value) => current.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));
    }

    private bool IsAbout(FaqTopicMatcher matcher, JobStatement statement)
    {
        var labelled = statement.Label is { } label && _topics.Any(t => t.IsHeading(label));
        var headed = _topics.Any(t => t.IsHeading(statement.Heading));
        var placed = labelled ? matcher.IsHeading(statement.Label) : headed && matcher.IsHeading(statement.Heading);
        // A sentence under the process heading that speaks of visas (and not of the process) is the visa's.
        placed &= matcher.Mentions(statement.Text) || !_topics.Any(t => t != matcher && t.Mentions(statement.Text));
        // The items listed about the candidate or the work ("- experience leading a team of 5") are no statements of
        // the job's terms; a sentence of prose after the list ("Our process includes a panel interview.") may be.
        var aside = (statement.Item || statement.Label is not null) && statement.Heading is { } heading && !headed && _otherHeadings.IsIn(heading);
        var about = matcher.Topic == FaqTopic.Location
            ? !aside && matcher.Mentions(statement.Text)
            : placed || (!aside && matcher.Mentions(statement.Text));
        return about && (matcher.Topic != FaqTopic.Compensation || Money.Read(statement.Text, aboutPay: true).Count > 0);
    }

    private string LocationAnswer(JobDraft job, List<JobStatement> details)
    {
        var parts = new List<string>();
        if (job.Locations.Count > 0)
        {
            parts.Add(Message("based", ("places", string.Join(" or ", job.Locations))));
        }

        var detail = FaqAnswerText.From(details, _ => false);
        // "This is a hybrid role: three days a week in the office" says the arrangement already.
        var said = _policyWords.TryGetValue(job.Remote.ToString(), out var words) && words.IsIn(detail);
        if (job.Remote == RemotePolicy.Remote && job.RemoteWithin is { Count: > 0 } within)
        {
            parts.Add(Message("remote_Remote_within", ("places", string.Join(" or ", within.Select(p => p.Name)))));
        }
        else if (job.Remote != RemotePolicy.Unspecified && !said)
        {
            parts.Add(Message($"remote_{job.Remote}"));
        }

        if (detail.Length > 0)
        {
            parts.Add(detail);
        }

        return string.Join(' ', parts);
    }

    private bool IsKnownHeading(string line) => _topics.Any(t => t.ExactHeading(line)) || _rules.OtherHeadings.Contains(line, StringComparer.OrdinalIgnoreCase);

    private string Ask(List<FaqTopic> missing)
    {
        var names = missing.Select(t => _rules.Topic(t).Ask).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.SkipLast(1))}{Message("list_and")}{names[^1]}";
        return Message("ask_missing", ("list", list));
    }
}
