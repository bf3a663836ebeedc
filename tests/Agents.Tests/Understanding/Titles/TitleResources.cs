using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Titles;

/// <summary>The repository's prompts and the title vocabulary, loaded once for every title test.</summary>
internal static class TitleResources
{
    private static readonly Lazy<PromptLibrary> SharedPrompts = new(() => new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
    private static readonly Lazy<TitleVocabulary> SharedVocabulary = new(() => TitleVocabulary.Load(Prompts));
    private static readonly Lazy<TitleHeads> SharedHeads = new(() => TitleHeads.Load(Prompts, Vocabulary.SeniorityWords));

    public static PromptLibrary Prompts => SharedPrompts.Value;

    public static TitleVocabulary Vocabulary => SharedVocabulary.Value;

    public static TitleHeads Heads => SharedHeads.Value;

    public static string CommittedVectorsPath => Path.Combine(Prompts.Root, PromptLibrary.BuiltInFolder, TitleVectors.FileName);
}
