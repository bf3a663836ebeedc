using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Requirements the recruiter writes as a term of their own out of words the vocabulary reads apart:
/// a word that narrows a domain ("luxury retail", "community pharmacy") and an acronym that names a
/// programme or a credential with the word after it ("AP Calculus", "IB PYP"). Each is kept whole, in
/// the recruiter's words, rather than as the broader skill or two unrelated ones.
/// </summary>
public sealed class RequirementCompounds(IReadOnlySet<string> technicalCategories)
{
    private const int MaxAcronymLetters = 5;

    /// <summary>
    /// "luxury retail", "outbound sales": a plain word opening a list item right before a known skill of a domain
    /// narrows it. Tools and technologies take no such word ("modern React" is React).
    /// </summary>
    public void MergeDomainModifiers(List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, Dictionary<int, string> fields, IReadOnlyList<Token> tokens, bool[] taken, bool[] noise, int[] segment)
    {
        foreach (var item in items.Where(i => i.Known && i.Category == QualificationCategory.Skill && i.First > 0).ToList())
        {
            var at = item.First - 1;
            var modifier = items.FindIndex(i => i.First == at && i.Count == 1 && !i.Known);
            if (!fields.TryGetValue(item.First, out var field) || technicalCategories.Contains(field) || segment[at] != segment[item.First]
                || (modifier < 0 && (taken[at] || noise[at])) || !IsPlainWord(tokens[at]) || !OpensItsItem(tokens, taken, noise, segment, at))
            {
                continue;
            }

            items[items.IndexOf(item)] = (at, item.Count + 1, Subject(tokens, at, item.Count + 1), QualificationCategory.Skill, false);
            fields.Remove(item.First);
            if (modifier >= 0)
            {
                items.RemoveAt(modifier);
            }
        }
    }

    /// <summary>
    /// "AP Calculus", "IB PYP", "SAP BPC": an acronym and the capitalized word after it, alone in their list item or with no
    /// other requirement right beside them, are one name
    /// when either is unknown or the acronym reads as a skill only through an ambiguous short form ("AP" for accounts
    /// payable). Two skills the vocabulary knows by name stay two ("BLS ACLS"), and so do two tools ("AWS Terraform").
    /// </summary>
    public void MergeAcronymNames(string text, List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, Dictionary<int, string> fields, IReadOnlyList<Token> tokens, int[] segment, IReadOnlyList<PhraseMatch<SkillEntry>> known)
    {
        foreach (var first in items.Where(i => i.Count == 1 && i.Category == QualificationCategory.Skill && IsAcronym(tokens[i.First].Text)).ToList())
        {
            var second = items.FindIndex(i => i.First == first.First + 1 && i.Count == 1 && i.Category == QualificationCategory.Skill);
            // An acronym already joined to the one before it ("IB PYP" of "IB PYP MYP") starts no name of its own.
            if (second < 0 || !items.Contains(first) || !FollowsWithASpace(text, tokens, first.First + 1)
                || !IsNameWord(tokens[first.First + 1].Text) || (items.Count(i => segment[i.First] == segment[first.First]) != 2 && !StandsApart(items, first.First, 2)))
            {
                continue;
            }

            var ambiguous = known.Any(m => m.FirstToken == first.First && m.TokenCount == 1 && m.Value.CaseSensitiveAliases.Contains(tokens[first.First].Text, StringComparer.Ordinal));
            var tools = fields.TryGetValue(first.First, out var one) && technicalCategories.Contains(one)
                && fields.TryGetValue(first.First + 1, out var other) && technicalCategories.Contains(other);
            if (first.Known && items[second].Known && (!ambiguous || tools))
            {
                continue;
            }

            fields.Remove(first.First);
            fields.Remove(first.First + 1);
            items.RemoveAt(second);
            items[items.IndexOf(first)] = (first.First, 2, Subject(tokens, first.First, 2), QualificationCategory.Skill, false);
        }
    }

    /// <summary>
    /// "MiX Telematics", "Trimble Pulse": two capitalized words right beside each other, which readers of different kinds split
    /// (a term with a capital inside, then a name), are one product's name when the vocabulary knows neither of them.
    /// </summary>
    public static void MergeNameParts(string text, List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, IReadOnlyList<Token> tokens)
    {
        foreach (var first in items.Where(i => i.Count == 1 && !i.Known && i.Category == QualificationCategory.Skill && IsCapitalized(tokens[i.First].Text)).ToList())
        {
            // Already joined to the word before it ("PV" in "NABCEP PV Associate").
            if (!items.Contains(first))
            {
                continue;
            }

            // "NABCEP PV Associate": the whole run of such words is the one name.
            var count = 1;
            while (items.FindIndex(i => i.First == first.First + count && i.Count == 1 && !i.Known && i.Category == QualificationCategory.Skill) is var next and >= 0
                && IsCapitalized(tokens[first.First + count].Text) && FollowsWithASpace(text, tokens, first.First + count))
            {
                items.RemoveAt(next);
                count++;
            }

            if (count > 1)
            {
                items[items.IndexOf(first)] = (first.First, count, Subject(tokens, first.First, count), QualificationCategory.Skill, false);
            }
        }
    }

    // "PV" right after "NABCEP", "BPC" after "SAP": one space between them.
    private static bool FollowsWithASpace(string text, IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Start == tokens[at - 1].End + 1 && text[tokens[at - 1].End] == ' ';

    private static bool IsCapitalized(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Any(char.IsLetter);

    // "SAP BPC and Excel": no other requirement right before or after the pair, which is a list item of its own.
    private static bool StandsApart(List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, int first, int count) =>
        !items.Exists(i => i.First + i.Count == first || i.First == first + count);

    // Only fillers, cues and function words before it in its list item: "luxury retail background", not "store manager luxury retail".
    private static bool OpensItsItem(IReadOnlyList<Token> tokens, bool[] taken, bool[] noise, int[] segment, int at)
    {
        for (var k = at - 1; k >= 0 && segment[k] == segment[at]; k--)
        {
            if (taken[k] || !noise[k])
            {
                return false;
            }
        }

        return true;
    }

    // "luxury", "Community": letters only, and no participle or adverb ("dedicated retail", "mostly retail").
    private static bool IsPlainWord(Token token) =>
        token.Kind == TokenKind.Word && token.Text.All(char.IsLetter) && token.Text.Skip(1).All(char.IsLower) && token.Folded.Length > 2
        && !token.Folded.EndsWith("ed", StringComparison.Ordinal) && !token.Folded.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= MaxAcronymLetters && word.All(char.IsUpper);

    // "Calculus", "PYP": capitalized, as a name is.
    private static bool IsNameWord(string word) =>
        word.Length >= 2 && word.All(char.IsLetter) && char.IsUpper(word[0]) && (word.Skip(1).All(char.IsLower) || IsAcronym(word));

    private static string Subject(IReadOnlyList<Token> tokens, int first, int count) => string.Join(' ', tokens.Skip(first).Take(count).Select(t => t.Folded));
}
