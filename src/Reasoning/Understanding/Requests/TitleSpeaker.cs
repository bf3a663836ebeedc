using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>A title that names a person of the conversation rather than the role asked for: who speaks, or the assistant praised.</summary>
internal static partial class TitleSpeaker
{
    /// <summary>
    /// "the VP now says this should be a lead PM", "my CFO wants …": a title right after "the", "my" or "our" and before
    /// a verb of saying or wanting is the person who speaks, not the role asked for.
    /// </summary>
    public static bool Speaks(string text, int start, int end) =>
        (SpeakerBefore().IsMatch(text.AsSpan(0, start)) && (SpeakerVerb().IsMatch(text.AsSpan(end)) || SaidLast().IsMatch(text.AsSpan(start, end - start))))
        || Addressed().IsMatch(text.AsSpan(0, start));

    // "the head of sales said": a phrase read in the recruiter's own words that took the verb with it.
    [GeneratedRegex(@"\s(?:says|said|thinks|thought|wants|wanted|asked|insists|insisted|reckons|feels|felt|mentioned|suggested|agreed|told|decided)$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidLast();

    // "you're a lifesaver", "you are the best recruiter": a word said of the assistant is no role.
    [GeneratedRegex(@"\b(?:you[''’]?re|you\s+are|u\s+r|ur)\s+(?:(?:such|truly|really|honestly|literally|the|an?|best|absolute|total|real)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"\b(?:the|my|our|their|your)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"^\s+(?:(?:now|also|just|really|still|apparently|actually|already|has|had|then)\s+)*(?:says?|said|thinks?|thought|wants?|wanted|would\s+(?:like|prefer|rather)|prefers?|preferred|asked|asks|insists?|insisted|reckons?|feels?|felt|mentioned|suggested|suggests|agreed|agrees|told|tells|decided|decides|changed\s+(?:their|his|her)\s+mind|is\s+(?:fine|ok|okay|happy|keen)|(?:is|was)\s+(?:asking|saying|pushing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerVerb();
}
