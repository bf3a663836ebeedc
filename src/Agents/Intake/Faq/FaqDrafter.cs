using System.Text.RegularExpressions;
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
public sealed partial class FaqDrafter
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
            var found = Found(matcher, statements);
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

    /// <summary>
    /// What a message says of the job's terms (pay with amounts, visas and relocation, the team, the interview process) as
    /// FAQ entries in its own words: "we pay 45-50k plus pension" said of an open project. A chat message's clauses are its
    /// statements ("we pay 55-65k, and we can sponsor visas" answers two questions), without the chat's asides ("btw",
    /// "actually"). The place is the spec's, never read here.
    /// </summary>
    public IReadOnlyList<FaqEntry> Stated(string text)
    {
        var statements = ChatClause().Split(text)
            .Select(c => ChatAside().Replace(c, "").Trim())
            .Where(c => c.Length > 0)
            .SelectMany(c => JobStatements.Read(char.ToUpperInvariant(c[0]) + c[1..], IsKnownHeading))
            .ToList();
        return [.. _topics.Where(t => t.Topic != FaqTopic.Location)
            .Select(t => (t.Rules.Question, Answer: FaqAnswerText.From(Found(t, statements), t.IsHeading)))
            .Where(e => e.Answer.Length > 0)
            .Select(e => new FaqEntry(e.Question, e.Answer))];
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

    private List<JobStatement> Found(FaqTopicMatcher matcher, List<JobStatement> statements) =>
        [.. statements.Where(s => IsAbout(matcher, s)).DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).Take(_rules.MaxStatements)];

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

    /// <summary>Where a chat message's clauses part: sentence ends, semicolons, lines, and a comma before "and", "but", "also" or "so".</summary>
    [GeneratedRegex(@"\s*(?:[;\n]|[.!?](?=\s)|,\s*(?=(?:and|but|also|so)\b))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatClause();

    /// <summary>A chat's asides around a statement: "and", "also", "actually", "btw", "fyi" before it, "btw" or "too" after.</summary>
    [GeneratedRegex(@"^(?:(?:and|but|also|so|oh|ok|okay|actually|btw|fyi|fwiw|heads[- ]up|just so (?:you|u) know|jsyk)\b[\s,:;-]*)+|[\s,;:-]*\b(?:btw|fyi|too|as well)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatAside();
}
