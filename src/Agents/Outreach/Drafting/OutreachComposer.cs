using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// The built-in engine's outreach draft: a first message greeting the candidate by first name, citing
/// the best true fact of their profile (two at medium length) tied to the requirement it matches, the
/// role's selling points from the spec and FAQ only, a clear ask and an opt-out; then up to two
/// follow-ups. Optional parts are left out until the message fits its length limit.
/// </summary>
public sealed class OutreachComposer(OutreachTemplates templates, ProfileFactFinder finder, SellingPointReader selling) : IBuiltInTask<OutreachRequest, OutreachDraft>
{
    public const string EngineName = "builtin:outreach-templates";

    public string Name => OutreachDraftTask.Name;

    public ModelTier Tier => OutreachDraftTask.Tier;

    public Provenance Provenance => new(ReasoningEngine.BuiltIn, EngineName, OutreachTemplates.ResourceName, templates.Version, Tier);

    public Task<OutreachDraft> RunAsync(OutreachRequest input, ReasoningContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Compose(input));

    public OutreachDraft Compose(OutreachRequest request)
    {
        var settings = request.Settings;
        var facts = finder.Find(request.Profile, request.Qualifications);
        var points = selling.Read(request.Spec);
        var writer = new MessageWriter(templates, settings, points, CandidateName.First(request.Profile.Name, templates.CourtesyTitles));
        var medium = settings.Length == OutreachLength.Medium && settings.Tone != OutreachTone.Brief;

        var cited = facts.Take(medium ? 2 : 1).ToList();
        var extras = new List<string?> { points.Pay is null ? null : writer.Say("pay", ("range", points.Pay)), medium && points.Team is not null ? writer.Say("team", ("team", points.Team)) : null }
            .OfType<string>().ToList();
        var first = writer.First(cited, extras);
        var limit = templates.Limit(OutreachMessageKind.First, settings.Length);
        while (MessageWriter.Words(first.Body) > limit && (extras.Count > 0 || cited.Count > 1))
        {
            // The team line goes first, then a second fact, then the pay: the fact that makes it personal stays.
            if (extras.Count > 1 || (extras.Count == 1 && cited.Count <= 1))
            {
                extras.RemoveAt(extras.Count - 1);
            }
            else
            {
                cited.RemoveAt(cited.Count - 1);
            }

            first = writer.First(cited, extras);
        }

        var messages = new List<OutreachMessage> { first };
        var followUps = Math.Clamp(settings.FollowUps, 0, OutreachSettings.MaxFollowUps);
        if (followUps >= 1)
        {
            var unsaid = Unsaid(writer, points, extras);
            var unused = unsaid is null ? facts.Except(cited).FirstOrDefault() : null;
            messages.Add(writer.FollowUp(1, unsaid ?? (unused is null ? "" : writer.Fact(unused))));
            cited.AddRange(unused is null ? [] : [unused]);
        }

        if (followUps >= 2)
        {
            messages.Add(writer.FollowUp(2, ""));
        }

        return new OutreachDraft(messages, [.. cited.SelectMany(f => f.Cited())], Provenance);
    }

    /// <summary>A selling point the first message left out (the team, then the pay), for the first follow-up.</summary>
    private static string? Unsaid(MessageWriter writer, SellingPoints points, List<string> said)
    {
        var team = points.Team is null ? null : writer.Say("team", ("team", points.Team));
        var pay = points.Pay is null ? null : writer.Say("pay", ("range", points.Pay));
        return new[] { team, pay }.FirstOrDefault(p => p is not null && !said.Contains(p));
    }
}
