using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace Hiring.Reasoning.Prompts;

/// <summary>
/// The prompts/ folder: LLM prompt files (*.yaml) and, under builtin/, the built-in engine's resources.
/// Found at <c>Hiring:Prompts:Path</c> when set, else by walking up from the application's base
/// directory (the gateway copies prompts/ beside its binaries; tests find the repository's folder).
/// </summary>
public sealed class PromptLibrary
{
    public const string PathSetting = "Hiring:Prompts:Path";
    public const string FolderName = "prompts";
    public const string BuiltInFolder = "builtin";

    private readonly ConcurrentDictionary<string, PromptDefinition> _cache = new(StringComparer.Ordinal);

    public PromptLibrary(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The prompts folder '{root}' does not exist (set {PathSetting}).");
        }

        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public static PromptLibrary FromConfiguration(IConfiguration configuration) =>
        new(configuration[PathSetting] is { Length: > 0 } path ? path : Locate(AppContext.BaseDirectory));

    /// <summary>The nearest prompts/ folder at or above <paramref name="start"/>.</summary>
    public static string Locate(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(Path.Combine(candidate, BuiltInFolder)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No '{FolderName}' folder found above '{start}'; set {PathSetting}.");
    }

    /// <summary>A prompt by name, e.g. "planner" or "judges/coherence".</summary>
    public PromptDefinition Get(string name) => _cache.GetOrAdd(name, Load);

    /// <summary>Every prompt file's name, built-in resources excluded.</summary>
    public IReadOnlyList<string> Names() =>
    [
        .. Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith(BuiltInFolder + "/", StringComparison.Ordinal))
            .Select(relative => relative[..^".yaml".Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The text of a built-in resource, e.g. "intents.yaml".</summary>
    public string ReadBuiltIn(string fileName) => File.ReadAllText(Path.Combine(Root, BuiltInFolder, fileName));

    private PromptDefinition Load(string name)
    {
        var path = Path.Combine(Root, name + ".yaml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Prompt '{name}' not found in '{Root}'.", path);
        }

        return PromptFileReader.Read(name, File.ReadAllText(path));
    }
}
