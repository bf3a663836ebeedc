using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "the ward manager just messaged me", "our head chef says": a person named by their job who says or wants
/// something is someone the recruiter works with, not the role to fill; so is the writer who introduces themself
/// ("in-house recruiter here"). The words naming them are blanked so no title or requirement is read from them.
/// </summary>
public static partial class ReportedSpeakers
{
    public static string Blank(string text) => Worked().BlankMatches(Heard().BlankMatches(Speaker().BlankMatches(Writer().BlankMatches(text))));

    // A job's head noun, of someone the recruiter deals with ("the district manager", "our head chef").
    private const string Head =
        @"(?:manager|director|lead|leader|head|chef|owner|partner|supervisor|boss|ceo|cto|cfo|coo|cio|fd|md|gm|hm|vp|founder|recruiter|nurse|matron|principal|officer|coordinator|administrator|consultant|engineer|president|chair|superintendent|foreman|editor|dean|controller|accountant|architect|analyst|captain)";

    // A word of the writer's business: not a place's preposition, a join or a hiring verb, where the description ends.
    private const string BusinessWord =
        @"(?:(?!(?:in|near|outside|around|across|based|located|headquartered|out|of|by|just|hiring|looking|seeking|searching|and|that|who|which|with|where|we|so|to|need|needs|needing|for|from|on|at|after)\b)[\p{L}\d&'’-]+(?:\s+|(?=[,.;:!?)]|$)))";

    // The writer introducing themself: "Hi, in-house recruiter here.", "hey there, talent partner here -", "I'm an agency
    // recruiter at Acme". A job named at the start of a sentence (or after a greeting) and then "here", or after "I'm a".
    // And the writer's business: "I manage a snack food plant", "I'm the plant manager at an automotive parts supplier",
    // "we're a creative agency": up to six words of it, never a place ("… in Lima") nor what follows a hiring verb.
    [GeneratedRegex(
        @"\b(?:i\s+(?:manage|run|own|co-own|operate|oversee|look\s+after|founded|co-founded|started|set\s+up)|(?:i[''’]?m|i\s+am)\s+(?:the|a|an)\s+(?:[\p{L}&-]+\s+){0,2}?(?:manager|director|owner|co-?owner|founder|co-?founder|head|ceo|cto|coo|md|gm|president|principal|partner|leader|lead|supervisor|officer|coordinator|administrator|matron|chair|chairman|chairwoman|secretary)\s+(?:at|of|for|in)|we[''’]re|we\s+are)\s+(?:a|an|the|our|my|two|three|four|five|six|\d+)\s+" + BusinessWord + @"{1,6}(?:(?:at|of|for)\s+(?:a|an|the|our|my)\s+" + BusinessWord + @"{1,5})?|(?<=(?:^|[.!?]\s+|\b(?:hi|hello|hey|hiya|morning)(?:\s+(?:there|all|team|everyone|folks|guys))?[\s,!]+))(?:(?:an?|the|your)\s+)?(?:[\p{L}&-]+\s+){0,2}?(?:recruiter|partner|sourcer|resourcer|headhunter|manager|consultant|lead|hm|hr|ta|specialist|coordinator|officer|director|advisor|adviser)s?\s+here\b(?!\s+(?:in|at|on)\b)|\b(?:i[''’]?m|i\s+am|this\s+is)\s+(?:an?|the|one\s+of\s+the|your)\s+(?:[\p{L}&-]+\s+){0,2}?(?:recruiter|partner|sourcer|resourcer|headhunter|manager|consultant|lead|specialist|coordinator|officer|director|advisor|adviser)\b(?:\s+(?:at|for|from|with)\s+(?-i:\p{Lu})[\p{L}&-]*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Writer();

    // The speaker: "the", "our", "my" and up to three words ending in a job's head noun ("the head of engineering"), then a verb of saying, asking or deciding.
    [GeneratedRegex(
        @"\b(?:the|our|my|your|their)\s+(?:[\p{L}&-]+\s+){0,2}?" + Head + @"s?(?:\s+of\s+[\p{L}&-]+(?:\s+[\p{L}&-]+)?)?(?=\s+(?:(?:just|also|now|has|have|already|then|finally)\s+)?(?:messaged|emailed|e-mailed|texted|called|rang|phoned|pinged|slacked|said|says|told|tells|wants|wanted|asked|asks|thinks|thought|reckons|reckoned|confirmed|confirms|mentioned|mentions|agreed|agrees|decided|insists|insisted|replied|responded|came\s+back|got\s+back|signed\s+off|clarified|updated\s+(?:me|us)|changed\s+(?:their|his|her)\s+mind|is\s+asking|is\s+saying|would\s+(?:like|prefer|rather))\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Speaker();

    // Someone the recruiter heard from: "spoke to the district manager", "just got off the phone with our head chef", "checked with the HM".
    [GeneratedRegex(
        @"\b(?:spoke|spoken|speaking|talked|talking|chatted|chatting|checked|checking|met|meeting|heard\s+back|heard|off\s+the\s+phone|on\s+the\s+phone|had\s+a\s+(?:call|chat|word))\s+(?:to|with|from)\s+(?:the|our|my|your|their)\s+(?:[\p{L}&-]+\s+){0,2}?" + Head + @"s?\b(?:\s+of\s+[\p{L}&-]+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Heard();

    // The people the hire will work with, not the hire: "someone who can mentor the apprentices", "to supervise our care assistants",
    // "reporting to the head chef". A verb of leading, teaching or reporting, then people named after it (a word for people:
    // a job's head noun, or a plural of a doer, "-ers", "-ists", "-ants", "-ices").
    [GeneratedRegex(
        @"\b(?:mentor(?:s|ing)?|train(?:s|ing)?|coach(?:es|ing)?|supervis(?:e|es|ing)|oversee(?:s|ing)?|manag(?:e|es|ing)|lead(?:s|ing)?|report(?:s|ing)?\s+(?:in\s+)?to|work(?:s|ing)?\s+(?:alongside|under))\s+(?:(?:the|our|their|a\s+team\s+of|team\s+of|all\s+the|new|junior|\d+)\s+)+(?:[\p{L}&-]+\s+){0,2}?(?:" + Head + @"s?|[\p{L}-]+(?:er|or|ist|ian|ant|ee|ice)s|students|residents|patients|clients|staff|crew|people)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Worked();
}
