using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "the ward manager just messaged me", "our head chef says": a person named by their job who says or wants
/// something is someone the recruiter works with, not the role to fill. The words naming them are blanked so no
/// title is read from them.
/// </summary>
public static partial class ReportedSpeakers
{
    public static string Blank(string text) => Speaker().BlankMatches(text);

    // The speaker: "the", "our", "my" and up to three words ending in a job's head noun ("the head of engineering"), then a verb of saying, asking or deciding.
    [GeneratedRegex(
        @"\b(?:the|our|my|your|their)\s+(?:[\p{L}&-]+\s+){0,2}?(?:manager|director|lead|leader|head|chef|owner|partner|supervisor|boss|ceo|cto|cfo|coo|cio|fd|md|gm|hm|vp|founder|recruiter|nurse|matron|principal|officer|coordinator|administrator|consultant|engineer|president|chair|superintendent|foreman|editor|dean|controller|accountant|architect|analyst|captain)s?(?:\s+of\s+[\p{L}&-]+(?:\s+[\p{L}&-]+)?)?(?=\s+(?:(?:just|also|now|has|have|already|then|finally)\s+)?(?:messaged|emailed|e-mailed|texted|called|rang|phoned|pinged|slacked|said|says|told|tells|wants|wanted|asked|asks|thinks|thought|reckons|reckoned|confirmed|confirms|mentioned|mentions|agreed|agrees|decided|insists|insisted|replied|responded|came\s+back|got\s+back|signed\s+off|clarified|updated\s+(?:me|us)|changed\s+(?:their|his|her)\s+mind|is\s+asking|is\s+saying|would\s+(?:like|prefer|rather))\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Speaker();
}
