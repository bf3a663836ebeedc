using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Outreach;

/// <summary>
/// Reads who a draft-message step names, against the project's pipeline: ids, an id or a name
/// ("Maria", "Maria Lopez"), "the top N" (the best scored of those not yet contacted), or "the
/// shortlist" (for outreach, of those not yet contacted; another agent names its stages and words in a
/// <see cref="RecipientWording"/>). A name that matches nobody or several people, or a request that names no one, is
/// answered with one question instead of a guess.
/// </summary>
public sealed class OutreachRecipients(IProfileStore profiles, OutreachPhrases phrases)
{
    private static readonly PipelineStage[] NotYetContacted = [PipelineStage.Shortlisted, PipelineStage.Sourced];

    public Task<RecipientChoice> ChooseAsync(string tenant, ProjectSnapshot project, IRecipientRequest input, RequestSlots slots, CancellationToken cancellationToken = default) =>
        ChooseAsync(tenant, project, input, slots, new RecipientWording(NotYetContacted, (key, values) => phrases.Say(key, values)), cancellationToken);

    /// <summary>The same choice, ranking <see cref="RecipientWording.Ranked"/> and asking in the wording's words.</summary>
    public async Task<RecipientChoice> ChooseAsync(string tenant, ProjectSnapshot project, IRecipientRequest input, RequestSlots slots, RecipientWording wording, CancellationToken cancellationToken = default)
    {
        var say = wording.Say;
        var open = project.Pipeline.Where(e => e.Stage != PipelineStage.Archived).ToList();
        var title = project.Spec?.Title ?? project.ProjectId;
        if (input.Candidates is { Count: > 0 } ids)
        {
            var named = open.Where(e => ids.Contains(e.CandidateId, StringComparer.Ordinal)).ToList();
            return named.Count > 0
                ? new RecipientChoice(await LoadAsync(tenant, named, cancellationToken))
                : RecipientChoice.Ask(say("unknown", [("candidate", string.Join(", ", ids)), ("project", title)]));
        }

        var request = input.Request ?? "";
        if ((input.Candidate ?? slots.Candidate)?.Trim() is { Length: > 0 } asked)
        {
            return await ByNameAsync(tenant, open, asked, title, say, cancellationToken);
        }

        var ranked = open.Where(e => wording.Ranked.Contains(e.Stage)).OrderByDescending(e => e.Score ?? -1).ToList();
        if ((input.Count ?? slots.Count ?? (phrases.MeansTopOne(request) ? 1 : null)) is { } count && count > 0)
        {
            return await RankedAsync(tenant, ranked.Take(count).ToList(), title, say, cancellationToken);
        }

        if (phrases.MeansShortlist(request))
        {
            return await RankedAsync(tenant, ranked.Where(e => e.Stage == PipelineStage.Shortlisted).ToList(), title, say, cancellationToken);
        }

        return RecipientChoice.Ask(say("who", [("project", title)]));
    }

    private async Task<RecipientChoice> RankedAsync(string tenant, List<PipelineEntry> entries, string title, Func<string, (string Name, string Value)[], string> say, CancellationToken cancellationToken) =>
        entries.Count == 0 ? new RecipientChoice([], Note: say("nobody", [("project", title)])) : new RecipientChoice(await LoadAsync(tenant, entries, cancellationToken));

    private async Task<RecipientChoice> ByNameAsync(string tenant, List<PipelineEntry> open, string asked, string title, Func<string, (string Name, string Value)[], string> say, CancellationToken cancellationToken)
    {
        if (open.Find(e => string.Equals(e.CandidateId, asked, StringComparison.Ordinal)) is { } byId)
        {
            return new RecipientChoice(await LoadAsync(tenant, [byId], cancellationToken));
        }

        var wanted = TextFolding.Fold(asked);
        var found = (await LoadAsync(tenant, open, cancellationToken)).Where(r => NameMatches(TextFolding.Fold(r.Profile.Name), wanted)).ToList();
        return found.Count switch
        {
            0 => RecipientChoice.Ask(say("unknown", [("candidate", asked), ("project", title)])),
            1 => new RecipientChoice(found),
            _ => RecipientChoice.Ask(say("which", [("choices", string.Join(", ", found.Select(r => $"{r.Profile.Name} ({r.CandidateId})")))])),
        };
    }

    // "maria" finds "maria lopez" (a first or last name); "maria lopez" finds only her.
    private static bool NameMatches(string name, string wanted) =>
        name == wanted || name.Split(' ').Contains(wanted, StringComparer.Ordinal) || name.StartsWith(wanted + " ", StringComparison.Ordinal);

    /// <summary>The profiles of the entries, in their order; an entry whose profile no pool holds is left out.</summary>
    private async Task<List<Recipient>> LoadAsync(string tenant, IReadOnlyList<PipelineEntry> entries, CancellationToken cancellationToken)
    {
        var found = await profiles.GetManyAsync([TalentPoolScope.Private(tenant), TalentPoolScope.Public], [.. entries.Select(e => e.CandidateId)], cancellationToken);
        return [.. entries.Where(e => found.ContainsKey(e.CandidateId)).Select(e => new Recipient(e.CandidateId, found[e.CandidateId]))];
    }
}
