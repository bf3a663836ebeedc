using Hiring.Agents.Hosting;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Planning.Dialogue;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Titles;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Support;

/// <summary>
/// The built-in engine's understanding over the repository's prompts, wired as the product wires it
/// (AddUnderstanding) and built once for every test: vocabularies, gazetteer, role reader, dialogue rules.
/// </summary>
internal static class UnderstandingResources
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton(TestResources.Prompts);
        services.AddSingleton<ITextEmbedder>(TestResources.Embedder);
        services.AddUnderstanding();
        return services.BuildServiceProvider();
    });

    public static PromptLibrary Prompts => TestResources.Prompts;

    public static TitleVocabulary Titles => Get<TitleVocabulary>();

    public static TitleHeads Heads => Get<TitleHeads>();

    public static SkillVocabulary Skills => Get<SkillVocabulary>();

    public static Gazetteer Gazetteer => Get<Gazetteer>();

    public static PlaceReader Places => Get<PlaceReader>();

    public static RequestWords Words => Get<RequestWords>();

    public static RoleRequestReader Roles => Get<RoleRequestReader>();

    public static RequestSpelling Spelling => Get<RequestSpelling>();

    public static DialogueRules Dialogue => Get<DialogueRules>();

    public static DialogueResolver Resolver => Get<DialogueResolver>();

    public static TalentTaxonomy Taxonomy { get; } = new(Skills, Titles);

    public static SlotExtractor Slots { get; } = SlotExtractor.Load(Prompts, Roles);

    private static T Get<T>()
        where T : notnull => Services.Value.GetRequiredService<T>();
}
