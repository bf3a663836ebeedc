namespace Hiring.Agents.Intake.Faq;

/// <summary>An FAQ answer made of the job's own statements: sentences as written, list items after the topic's heading.</summary>
public static class FaqAnswerText
{
    /// <summary>The statements as one answer; list items are introduced by their heading when it names the topic ("Interview process: …").</summary>
    public static string From(IReadOnlyList<JobStatement> statements, Func<string?, bool> namesTopic)
    {
        var parts = new List<string>();
        foreach (var group in statements.GroupBy(s => (s.Item, s.Heading)))
        {
            if (group.Key.Item)
            {
                var items = string.Join("; ", group.Select(s => s.Text.TrimEnd('.', ';')));
                parts.Add(group.Key.Heading is { Length: > 0 } heading && namesTopic(heading) ? $"{heading}: {items}." : $"{items}.");
            }
            else
            {
                parts.AddRange(group.Select(s => s.Text));
            }
        }

        return string.Join(' ', parts);
    }
}
