using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Skills;

namespace Hiring.Agents.Tests.Understanding.Skills;

/// <summary>The repository's vocabulary and stop list, loaded once for every skill test.</summary>
internal static class SkillResources
{
    private static readonly Lazy<PromptLibrary> SharedPrompts = new(() => new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
    private static readonly Lazy<SkillVocabulary> SharedVocabulary = new(() => SkillVocabulary.Load(Prompts));
    private static readonly Lazy<TechnicalTerms> SharedTerms = new(() => TechnicalTerms.Load(Prompts));
    private static readonly Lazy<NotSkills> SharedNotSkills = new(() => NotSkills.Load(Prompts));

    public static PromptLibrary Prompts => SharedPrompts.Value;

    public static SkillVocabulary Vocabulary => SharedVocabulary.Value;

    public static TechnicalTerms Terms => SharedTerms.Value;

    public static NotSkills NotSkills => SharedNotSkills.Value;

    /// <summary>Canonical names of the skills the vocabulary finds in a message.</summary>
    public static string[] SkillsIn(string text) => [.. Vocabulary.Find(text).Select(m => m.Value.Name)];
}
