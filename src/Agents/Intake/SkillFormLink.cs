using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>
/// The role's requirement a skill named in a change stands for when the reader did not write it the way the role keeps it
/// ("excel" for "Microsoft Excel", "aml" for "Anti-Money Laundering"): one of the same vocabulary skill, named by the same
/// words or a shortening of them. A vocabulary skill can group other words for it ("kyc" with anti-money laundering,
/// "spreadsheets" with Excel); those do not stand for a requirement the recruiter named otherwise.
/// </summary>
public static class SkillFormLink
{
    public static Qualification? Find(SkillVocabulary skills, IReadOnlyList<Qualification> current, ReadRequirement requirement)
    {
        if ((skills.Entry(requirement.Subject) ?? skills.Entry(requirement.Written.Trim())) is not { } entry)
        {
            return null;
        }

        string[] written = [.. Tokenizer.Tokenize(requirement.Written).Select(t => t.Folded).Where(IsWord)];
        return written.Length == 0 ? null : current.FirstOrDefault(q => q.Category == requirement.Category && q.Subject is { } subject
            && skills.Entry(subject)?.Name == entry.Name && (Names(written, subject) || Names(written, q.Text)));
    }

    /// <summary>
    /// Whether the words written name a requirement kept as these words: the same words, some of them ("excel" for
    /// "Microsoft Excel") or a shortening of one of them or of all ("k8s" for "Kubernetes", "aml" for "anti-money laundering").
    /// </summary>
    private static bool Names(string[] written, string kept)
    {
        string[] words = [.. Tokenizer.Tokenize(kept).Select(t => t.Folded).Where(IsWord)];
        return words.Length > 0 && (written.All(words.Contains) || words.All(written.Contains)
            || (written.Length == 1 && words.Append(string.Concat(words)).Any(word => Shortens(written[0], word))));
    }

    // "k8s" for "kubernetes", "js" for "javascript": the same first letter, then the other letters in order.
    private static bool Shortens(string shortForm, string word)
    {
        var letters = shortForm.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || letters.Length >= word.Length || letters[0] != word[0])
        {
            return false;
        }

        var at = 1;
        foreach (var c in letters.Skip(1))
        {
            at = word.IndexOf(c, at) + 1;
            if (at == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(string token) => token.Any(char.IsLetterOrDigit);
}
