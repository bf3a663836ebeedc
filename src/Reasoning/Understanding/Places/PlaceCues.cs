using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>The words of <c>places/cues.yaml</c>, folded for look-ups in tokenized text.</summary>
internal sealed class PlaceCues
{
    public PlaceCues(CuesDocument document)
    {
        Before = new CuePhrases(document.Before);
        StrongBefore = new CuePhrases(document.StrongBefore);
        WeakBefore = new CuePhrases(document.WeakBefore);
        After = new CuePhrases([.. document.After, .. document.OfferedAfter]);
        OfferedAfter = new CuePhrases(document.OfferedAfter);
        OfferedBefore = new CuePhrases(document.OfferedBefore);
        StrongAfter = new CuePhrases(document.StrongAfter);
        ScopeBefore = new CuePhrases(document.ScopeBefore);
        Fillers = Words(document.Fillers);
        Compass = new CuePhrases(document.Compass);
        PersonBefore = Words(document.PersonBefore);
        WorkPermitBefore = new CuePhrases(document.WorkPermitBefore);
        ElsewhereBefore = new CuePhrases(document.ElsewhereBefore);
        ResidenceConditionBefore = new CuePhrases(document.ResidenceConditionBefore);
        Corrections = new CuePhrases(document.Corrections);
        OrganizationAfter = Words(document.OrganizationAfter);
        CoveredAfter = new CuePhrases(document.CoveredAfter);
        CoveredBefore = new CuePhrases(document.CoveredBefore);
        Continuers = Words(document.Continuers);
        RemoteNotBefore = Words(document.RemoteNotBefore);
        foreach (var (phrases, cue) in new[]
        {
            (document.NotRemote, WorkCue.NotRemote), (document.Hybrid, WorkCue.Hybrid), (document.Anywhere, WorkCue.Anywhere),
            (document.Remote, WorkCue.Remote), (document.OnSite, WorkCue.OnSite), (document.OfficeOnly, WorkCue.OfficeOnly),
        })
        {
            var value = new WorkPhrase(cue);
            foreach (var phrase in phrases)
            {
                Work.Add(phrase, value, PhraseOptions.NoPlural);
            }
        }
    }

    public CuePhrases Before { get; }

    public CuePhrases StrongBefore { get; }

    public CuePhrases WeakBefore { get; }

    public CuePhrases After { get; }

    public CuePhrases OfferedAfter { get; }

    public CuePhrases OfferedBefore { get; }

    public CuePhrases StrongAfter { get; }

    public CuePhrases ScopeBefore { get; }

    public IReadOnlySet<string> Fillers { get; }

    public CuePhrases Compass { get; }

    public IReadOnlySet<string> PersonBefore { get; }

    public CuePhrases WorkPermitBefore { get; }

    public CuePhrases ElsewhereBefore { get; }

    public CuePhrases ResidenceConditionBefore { get; }

    public CuePhrases Corrections { get; }

    public IReadOnlySet<string> OrganizationAfter { get; }

    public CuePhrases CoveredAfter { get; }

    public CuePhrases CoveredBefore { get; }

    public IReadOnlySet<string> Continuers { get; }

    public IReadOnlySet<string> RemoteNotBefore { get; }

    /// <summary>Work-arrangement phrases: remote, hybrid, on site, not remote, anywhere in.</summary>
    public PhraseIndex<WorkPhrase> Work { get; } = new();

    private static HashSet<string> Words(IEnumerable<string> words) => new(words.Select(TokenFold.Key), StringComparer.Ordinal);
}
