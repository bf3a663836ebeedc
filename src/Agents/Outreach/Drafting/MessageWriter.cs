namespace Hiring.Agents.Outreach.Drafting;

/// <summary>Renders the messages of one draft from the templates of its tone.</summary>
public sealed class MessageWriter(OutreachTemplates templates, OutreachSettings settings, SellingPoints points, string? firstName)
{
    private const string Paragraph = "\n\n";
    private static readonly char[] Stops = ['.', '!', '?'];

    private bool Named => firstName is not null;

    private bool Signed => settings.Sender is { Length: > 0 };

    private string Subject => Say("subject");

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public string Say(string key, params (string Name, string Value)[] values) =>
        templates.Say(settings.Tone, key, [.. values, ("first_name", firstName ?? ""), ("role", points.Role), ("where", points.Where), ("sender", settings.Sender ?? "")]);

    public OutreachMessage First(IReadOnlyList<ProfileFact> facts, IReadOnlyList<string> extras)
    {
        var opening = string.Join(' ', new[] { Say(Signed ? "intro" : "intro_anonymous") }.Concat(facts.Count == 0 ? [Say("fact_none")] : facts.Select((f, i) => Fact(f, i > 0 ? facts[i - 1] : null))));
        var parts = new[] { Say(Named ? "greeting" : "greeting_anonymous"), opening, string.Join(' ', extras), Say("ask"), Say("opt_out"), SignOff() };
        return new OutreachMessage(OutreachMessageKind.First, Subject, Join(parts));
    }

    public OutreachMessage FollowUp(int number, string point)
    {
        var body = Say($"follow_up_{number}{(Named ? "" : "_anonymous")}", ("point", point)).Replace("  ", " ", StringComparison.Ordinal);
        return new OutreachMessage(OutreachMessageKind.FollowUp, Say("follow_up_subject", ("subject", Subject)), Join([body, Say("opt_out"), SignOff()]));
    }

    /// <summary>The sentence that cites one fact, tied to the requirement it matches; a second sentence of the same role says "it also mentions".</summary>
    public string Fact(ProfileFact fact, ProfileFact? before = null) => fact.Kind switch
    {
        ProfileFactKind.Sentence => Say(fact.Company is null ? "fact_sentence_alone" : before?.Kind == ProfileFactKind.Sentence && before.Company == fact.Company ? "fact_sentence_more" : "fact_sentence", ("fact", fact.Text), ("company", fact.Company ?? ""), ("skill", fact.Skill), ("stop", Stops.Contains(fact.Text.TrimEnd()[^1]) ? "" : ".")),
        ProfileFactKind.Title => Say(fact.Company is null ? "fact_title_alone" : "fact_title", ("title", fact.Text), ("company", fact.Company ?? "")),
        ProfileFactKind.Skill => Say("fact_skill", ("skill", fact.Text)),
        ProfileFactKind.Headline => Say("fact_headline", ("fact", fact.Text)),
        _ => Say("fact_current", ("title", fact.Text), ("company", fact.Company ?? "")),
    };

    private string SignOff() => Say(Signed ? "sign_off" : "sign_off_anonymous");

    private static string Join(IEnumerable<string> parts) => string.Join(Paragraph, parts.Select(p => p.Trim()).Where(p => p.Length > 0));
}
