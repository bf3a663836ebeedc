using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>
/// Skills a change writes in lower case that running text reads only capitalized, because in lower
/// case they are everyday words or names ("kafka", "go", "rust"): in a change they are the skill
/// when they stand where the change puts its object, right after "drop", "swap", "for", "instead of"…
/// or right before "is", "'s"… ("kafka is optional"), and are one of the project's requirements or
/// no everyday function word ("go" only for a project that requires Go); and the project's own requirements named there by
/// their words ("drop the italian cuisine"). Recruiters chat in lower case.
/// </summary>
public sealed class ChangedSkillMentions(IntakePhrases phrases, SkillVocabulary skills, RequestWords words)
{
    public IReadOnlyList<ReadRequirement> Find(string text, IReadOnlyList<ReadRequirement> read, IReadOnlyList<Qualification> current)
    {
        // "usability testing r must haves": a verb shortened in chat names no skill (the language R).
        text = ShortVerbs.Blank(text);
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<ReadRequirement>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "after effects is optional": a name of two such words too.
            var pair = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word ? CaseSensitiveSkill(text[token.Start..tokens[i + 1].End]) : null;
            var count = pair is null ? 1 : 2;
            if (token.Kind != TokenKind.Word || read.Any(r => token.Start >= r.Start && token.Start < r.Start + r.Written.Length)
                || (pair ?? CaseSensitiveSkill(token.Text)) is not { } entry || found.Exists(f => f.Subject == entry.Name)
                || (pair is null && words.Is(WordKind.Function, token.Folded) && !current.Any(q => q.Subject == entry.Name)))
            {
                continue;
            }

            var next = i + count < tokens.Count ? tokens[i + count].Text : "";
            if (phrases.EndsSaying("object_before", text[..token.Start]) || (next.Length > 0 && phrases.Says("object_after", next)))
            {
                found.Add(new ReadRequirement(entry.Name, text[token.Start..tokens[i + count - 1].End], QualificationKind.MustHave, QualificationCategory.Skill, null, true, token.Start, entry.Category));
            }
        }

        // "actually drop the italian cuisine": one of the project's own requirements named by its words, in any case, where a
        // change puts its object is that requirement, even when no reader knows its words as a skill.
        foreach (var qualification in current)
        {
            if (qualification.Subject is not { Length: > 0 } subject || found.Exists(f => f.Subject == subject) || read.Any(r => r.Subject == subject)
                || NamedAsObject(text, tokens, read, [.. Tokenizer.Tokenize(subject).Select(t => t.Folded)]) is not { } at)
            {
                continue;
            }

            found.Add(new ReadRequirement(subject, text[at.Start..at.End], QualificationKind.MustHave, qualification.Category, null, true, at.Start));
        }

        return found;
    }

    /// <summary>Where the words are written, in a place a change puts its object ("drop the …", "… is optional"), outside what was read already.</summary>
    private (int Start, int End)? NamedAsObject(string text, IReadOnlyList<Token> tokens, IReadOnlyList<ReadRequirement> read, string[] named)
    {
        for (var i = 0; named.Length > 0 && i + named.Length <= tokens.Count; i++)
        {
            var first = tokens[i];
            if (!named.Select((word, k) => tokens[i + k].Folded == word).All(same => same)
                || read.Any(r => first.Start >= r.Start && first.Start < r.Start + r.Written.Length))
            {
                continue;
            }

            var last = tokens[i + named.Length - 1];
            var next = i + named.Length < tokens.Count ? tokens[i + named.Length].Text : "";
            if (phrases.EndsSaying("object_before", text[..first.Start]) || (next.Length > 0 && phrases.Says("object_after", next)))
            {
                return (first.Start, last.End);
            }
        }

        return null;
    }

    /// <summary>The skill a word written in lower case names only in its capitalized form ("kafka" for Kafka).</summary>
    private SkillEntry? CaseSensitiveSkill(string written) =>
        written.Any(char.IsUpper) ? null
        : skills.Entry(written) is { } entry && entry.CaseSensitiveAliases.Any(form => string.Equals(form, written, StringComparison.OrdinalIgnoreCase)) ? entry
        : null;
}
