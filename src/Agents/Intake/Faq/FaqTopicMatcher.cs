namespace Hiring.Agents.Intake.Faq;

/// <summary>One topic's rules as phrase sets: is a heading, a label or a sentence about the topic.</summary>
public sealed class FaqTopicMatcher(FaqTopic topic, FaqTopicRules rules)
{
    private readonly PhraseSet _headings = new(rules.Headings);
    private readonly PhraseSet _cues = new(rules.Cues);
    private readonly PhraseSet _exclude = new(rules.Exclude);

    public FaqTopic Topic { get; } = topic;

    public FaqTopicRules Rules { get; } = rules;

    public bool IsHeading(string? heading) => heading is not null && _headings.IsIn(heading);

    /// <summary>A sentence that speaks of the topic by its cue words, and not by an excluded phrase.</summary>
    public bool Mentions(string text) => _cues.IsIn(text) && !_exclude.IsIn(text);

    /// <summary>A question about the topic: the topic's own question, or one naming a heading or cue of it.</summary>
    public bool Asks(string question) =>
        string.Equals(question.Trim(), Rules.Question.Trim(), StringComparison.OrdinalIgnoreCase) || _headings.IsIn(question) || Mentions(question);

    public bool ExactHeading(string heading) => Rules.Headings.Contains(heading, StringComparer.OrdinalIgnoreCase);
}
