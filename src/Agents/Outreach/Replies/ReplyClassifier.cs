using System.Text.RegularExpressions;
using Hiring.Contracts.Outreach;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>
/// Reads what a candidate's reply says with the rules of prompts/builtin/replies.yaml: the first rule,
/// in the file's order, with a pattern that matches the reply decides. Deterministic: the same text is
/// always read the same way, and no model is asked.
/// </summary>
public sealed class ReplyClassifier
{
    private static readonly Regex Quoted = new(@"(?:^-{2,}\s*original message\s*-{2,}|^on\b[^\n]{0,200}\bwrote:\s*$)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    private static readonly Regex SentenceEnd = new(@"(?<=[.?!;])\s+|\n+", RegexOptions.CultureInvariant, RegexLimit.Time);

    private readonly IReadOnlyList<(ReplyKind Kind, Regex[] Patterns)> _rules;
    private readonly Regex[] _questions;
    private readonly Regex[] _howFound;

    public ReplyClassifier(ReplyRules rules)
    {
        _rules = [.. rules.Rules.Select(r => (KindOf(r.Kind), r.Patterns.Select(Compile).ToArray()))];
        _questions = [.. _rules.Where(r => r.Kind == ReplyKind.Question).SelectMany(r => r.Patterns)];
        _howFound = [.. rules.HowFound.Select(Compile)];
    }

    /// <summary>What the reply says.</summary>
    public ReplyKind Classify(string reply)
    {
        var text = Normalize(reply);
        foreach (var (kind, patterns) in _rules)
        {
            if (patterns.Any(p => p.IsMatch(text)))
            {
                return kind;
            }
        }

        return ReplyKind.Other;
    }

    /// <summary>The sentences of the reply that ask something, each to be answered on its own (the whole reply when no one sentence does).</summary>
    public IReadOnlyList<string> Questions(string reply)
    {
        var own = OwnWords(reply);
        var asked = Sentences(own).Where(s => _questions.Any(p => p.IsMatch(Normalize(s)))).ToList();
        return asked.Count > 0 ? asked : [own.Trim()];
    }

    private static IEnumerable<string> Sentences(string text) => SentenceEnd.Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>True when the text asks how we found the candidate, or where their details came from (the how_found patterns).</summary>
    public bool AsksHowTheyWereFound(string text)
    {
        var normalized = Normalize(text);
        return _howFound.Any(p => p.IsMatch(normalized));
    }

    /// <summary>The sentences of the reply that ask how we found them (none when it does not ask).</summary>
    public IReadOnlyList<string> HowFoundQuestions(string reply) =>
        [.. Sentences(OwnWords(reply)).Where(AsksHowTheyWereFound)];

    /// <summary>Lower case, typographic apostrophes as ', quoted earlier mail left out, blanks collapsed per line.</summary>
    public static string Normalize(string reply) =>
        Regex.Replace(OwnWords(reply).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), @"[ \t]+", " ", RegexOptions.None, RegexLimit.Time).Trim();

    /// <summary>The reply without the quoted earlier mail a mail client adds below it.</summary>
    private static string OwnWords(string reply)
    {
        var text = reply.Replace("\r\n", "\n", StringComparison.Ordinal);
        var quoted = Quoted.Match(text);
        if (quoted.Success)
        {
            text = text[..quoted.Index];
        }

        return string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith('>')));
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, RegexLimit.Time);

    private static ReplyKind KindOf(string name) =>
        Enum.TryParse<ReplyKind>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidDataException($"prompts/builtin/{ReplyRules.FileName}: '{name}' is not a kind of reply.");
}
