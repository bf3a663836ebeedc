using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// Reads a request to forget ("forget the Derek take-home thing, he dropped it") into what it points
/// at: the clause that asks (not the reason after it) without the words that only frame the request;
/// nothing left means the last memory ("forget that") or, with a word for everything, all of them.
/// </summary>
public sealed partial class ForgetRequestReader(MemoryRules rules, MemoryWords words)
{
    private readonly Regex _all = MemoryRules.Any(rules.ForgetAll);
    private readonly Regex _everything = MemoryRules.Any([rules.ForgetEverything]);
    private readonly HashSet<string> _frame = [.. rules.ForgetFrameWords];
    private readonly Regex _about = MemoryRules.Any([rules.ForgetAbout]);
    private readonly Regex _part = MemoryRules.Any([rules.ForgetPart]);

    public ForgetTarget Read(string request)
    {
        var clause = AskingClause(request);
        // "radera allt om mig — delete everything you have about me please": said twice, once in words it reads.
        if (_everything.IsMatch(clause) || _everything.IsMatch(request))
        {
            return new ForgetTarget(true, false, "");
        }

        var subject = Resolve(string.Join(' ', MemoryWords.Split(clause).Where(w => !_frame.Contains(w))), request);
        if (words.Content(subject).Count > 0)
        {
            return new ForgetTarget(false, false, subject);
        }

        // "that disclosure requirement I mentioned for the council - no longer applies, drop it": "drop it" is the memory named before it.
        if (_about.Match(request) is { Success: true } about && Resolve(about.Groups["subject"].Value, request) is var named && words.Content(named).Count > 0)
        {
            return new ForgetTarget(false, false, named);
        }

        // "Fynsk Fjernvarme har droppet kravet om straffeattest, slet den del – resten gælder stadig": a part asked for by a word for it
        // alone is the part the clauses beside it tell of.
        if (_part.IsMatch(request) && Reasons().Split(request).Where(c => c != clause && !_part.IsMatch(c))
                .Select(c => string.Join(' ', MemoryWords.Split(c).Where(w => !_frame.Contains(w)))).FirstOrDefault(c => words.Content(c).Count > 0) is { } told)
        {
            return new ForgetTarget(false, false, told);
        }

        return _all.IsMatch(clause) ? new ForgetTarget(true, false, "") : new ForgetTarget(false, true, "");
    }

    /// <summary>
    /// A subject that is only a pronoun for a person or a client ("Chloe's left, get rid of anything about her", "… efface tout ce que tu sais sur eux", "… glem alt om ham") stands for the
    /// first person the request names; any other subject is itself.
    /// </summary>
    public static string Resolve(string subject, string request) =>
        PersonPronoun().IsMatch(subject) && MemoryCorrection.Names(request) is [var name, ..] ? name : subject;

    [GeneratedRegex(@"^\s*(?:him|her|them|he|she|they|his|hers|their|eux|elle|elles|lui|leur|ellos|ellas|[eé]l|ella|ihn|ihm|ihnen|sie|ihr|hem|haar|hen|zij|lei|loro|ham|hende|honom|henne|les|unhe|unko|unka|unki|uske|usko)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex PersonPronoun();

    /// <summary>The clause of the request that asks to forget, without the reason given beside it.</summary>
    private static string AskingClause(string request)
    {
        var clauses = Reasons().Split(request).Where(c => c.Trim().Length > 0).ToList();
        return clauses.FirstOrDefault(c => Verb().IsMatch(c)) ?? request;
    }

    [GeneratedRegex(@"[,;.!?]+|\s+[-–—]\s+|\s+(?:since|because|cos|cause|as|coz)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Reasons();

    [GeneratedRegex(@"\b(?:forget|forgot|unremember|delete|erase|wipe|purge|clear|remove|drop|scrap|scratch|bin|ditch|lose|reset|get rid of|don'?t (?:keep|store|save|remember)|do not (?:keep|store|save|remember)|vergiss|vergessen|l[oö]sch\w*|vergeet|verwijder\w*|oublie\w*|olvida\w*|olv[ií]da\w*|b[oó]rra\w*|elim[ií]na\w*|qu[ií]ta\w*|lascia\w*\s+perdere|cancella\w*|togli\w*|dimentica\w*|supprim\w*|efface\w*|enl[eè]v\w*|streich\w*|hata|hatao|mita|mitao|nikaal|nikal|bhool|bhul|gooi|wis|slet|glem|radera|gl[öo]m|usu[ńn]|zapomnij|skasuj|apaga\w*|esquece\w*|ta\s+bort|fjern\w*|slett\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Verb();
}
