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
/// no everyday function word ("go" only for a project that requires Go). Recruiters chat in lower case.
/// </summary>
public sealed class ChangedSkillMentions(IntakePhrases phrases, SkillVocabulary skills, RequestWords words)
{
    public IReadOnlyList<ReadRequirement> Find(string text, IReadOnlyList<ReadRequirement> read, IReadOnlyList<Qualification> current)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<ReadRequirement>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || read.Any(r => token.Start >= r.Start && token.Start < r.Start + r.Written.Length)
                || CaseSensitiveSkill(token.Text) is not { } entry || found.Exists(f => f.Subject == entry.Name)
                || (words.Is(WordKind.Function, token.Folded) && !current.Any(q => q.Subject == entry.Name)))
            {
                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1].Text : "";
            if (phrases.EndsSaying("object_before", text[..token.Start]) || (next.Length > 0 && phrases.Says("object_after", next)))
            {
                found.Add(new ReadRequirement(entry.Name, token.Text, QualificationKind.MustHave, QualificationCategory.Skill, null, true, token.Start, entry.Category));
            }
        }

        return found;
    }

    /// <summary>The skill a word written in lower case names only in its capitalized form ("kafka" for Kafka).</summary>
    private SkillEntry? CaseSensitiveSkill(string written) =>
        written.Any(char.IsUpper) ? null
        : skills.Entry(written) is { } entry && entry.CaseSensitiveAliases.Any(form => string.Equals(form, written, StringComparison.OrdinalIgnoreCase)) ? entry
        : null;
}
