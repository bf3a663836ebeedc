using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hiring.Agents.Understanding.Skills;

/// <summary>
/// Reads prompts/builtin/vocabulary/skills.yaml into skills that remember their line, so a
/// duplicate alias or a missing field is reported where it is written. Unknown keys are errors.
/// </summary>
internal static class SkillVocabularyReader
{
    public static IReadOnlyList<SkillEntry> Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw Invalid(source, e.Start.Line, e.Message, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid(source, 1, "expected a mapping with 'version' and 'skills'");
        }

        var skills = new List<SkillEntry>();
        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(key, source))
            {
                case "version":
                    break;
                case "skills" when value is YamlSequenceNode list:
                    skills.AddRange(list.Children.Select(node => Skill(node, source)));
                    break;
                case "skills":
                    throw Invalid(source, value.Start.Line, "'skills' must be a list");
                case var other:
                    throw Invalid(source, key.Start.Line, $"unknown key '{other}'");
            }
        }

        return skills;
    }

    private static SkillEntry Skill(YamlNode node, string source)
    {
        if (node is not YamlMappingNode map)
        {
            throw Invalid(source, node.Start.Line, "a skill must be a mapping of name, aliases, related, category");
        }

        string name = "", category = "";
        IReadOnlyList<string> aliases = [], caseSensitive = [], related = [];
        foreach (var (key, value) in map.Children)
        {
            switch (Scalar(key, source))
            {
                case "name": name = Scalar(value, source); break;
                case "category": category = Scalar(value, source); break;
                case "aliases": aliases = List(value, source); break;
                case "case_sensitive_aliases": caseSensitive = List(value, source); break;
                case "related": related = List(value, source); break;
                case var other: throw Invalid(source, key.Start.Line, $"unknown key '{other}' in a skill");
            }
        }

        var line = (int)map.Start.Line;
        if (name.Length == 0)
        {
            throw Invalid(source, line, "a skill has no name");
        }

        return category.Length == 0
            ? throw Invalid(source, line, $"'{name}' has no category")
            : new SkillEntry(name, aliases, caseSensitive, related, category, line);
    }

    private static string Scalar(YamlNode node, string source) => node is YamlScalarNode scalar
        ? (scalar.Value ?? "").Trim()
        : throw Invalid(source, node.Start.Line, "expected a single value");

    private static string[] List(YamlNode node, string source) => node is YamlSequenceNode list
        ? [.. list.Children.Select(child => Scalar(child, source)).Where(form => form.Length > 0)]
        : throw Invalid(source, node.Start.Line, "expected a list");

    private static InvalidDataException Invalid(string source, long line, string message, Exception? inner = null) =>
        new($"{source}: line {line}: {message}", inner);
}
