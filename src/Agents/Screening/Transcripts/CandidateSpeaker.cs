using Hiring.Talent;

namespace Hiring.Agents.Screening.Transcripts;

/// <summary>
/// Which speaker of a transcript is the candidate: the one labelled as the candidate ("Candidate",
/// "Interviewee"), else the one labelled with the candidate's full, first or last name, else the one
/// other than a recruiter-side label when two speak. Anything less clear is refused with the
/// speakers found: a summary never quotes the recruiter as the candidate.
/// </summary>
public sealed class CandidateSpeaker(ScreeningPhrases phrases)
{
    public string Find(Transcript transcript, string candidateName)
    {
        var speakers = transcript.Speakers;
        var byRole = speakers.Where(s => IsOneOf(s, phrases.CandidateLabels)).ToList();
        if (byRole.Count == 1)
        {
            return byRole[0];
        }

        var name = TextFolding.Fold(candidateName);
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var byName = speakers.Where(s => TextFolding.Fold(s) is var label && (label == name || parts.Contains(label, StringComparer.Ordinal) || name.StartsWith(label + " ", StringComparison.Ordinal))).ToList();
        if (byRole.Count == 0 && byName.Count == 1)
        {
            return byName[0];
        }

        var others = speakers.Where(s => !IsOneOf(s, phrases.RecruiterLabels)).ToList();
        if (byRole.Count == 0 && byName.Count == 0 && speakers.Count == 2 && others.Count == 1)
        {
            return others[0];
        }

        throw new TranscriptException(phrases.Say("speaker_unknown", ("name", candidateName), ("speakers", string.Join(", ", speakers))));
    }

    private static bool IsOneOf(string speaker, IEnumerable<string> labels) =>
        labels.Contains(TextFolding.Fold(speaker), StringComparer.Ordinal);
}
