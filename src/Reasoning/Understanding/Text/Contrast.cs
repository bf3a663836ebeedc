namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// The words that set what something is against what it is not, in the languages the planner reads ("not", "instead of", "statt",
/// "au lieu de", "en vez de", "invece di", "in plaats van", "zamiast", "em vez de", "istället för", "i stedet for"): shared by the
/// readers of a title put right ("Sous Chef, nicht Köchin") and of years put right ("5 Jahre statt 3").
/// </summary>
public static class Contrast
{
    public const string Words = @"(?:not|instead\s+of|rather\s+than|in\s+place\s+of|nicht|kein(?:e|en)?|statt|anstatt|anstelle\s+von|pas|non|au\s+lieu\s+d(?:e|u|['’])|plut[ôo]t\s+que|no|en\s+lugar\s+de|en\s+vez\s+de|invece\s+di|al\s+posto\s+di|niet|geen|in\s+plaats\s+van|i\.?p\.?v\.?|nie|zamiast|n[ãa]o|em\s+vez\s+de|ao\s+inv[ée]s\s+de|inte|ikke|i\s*st[äa]llet\s+f[öo]r|i\s*stedet\s+for)";
}
