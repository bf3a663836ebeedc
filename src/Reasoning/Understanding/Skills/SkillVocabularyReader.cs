using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// Reads prompts/builtin/vocabulary/skills.yaml into skills that remember their line, so a
/// duplicate alias or a missing field is reported where it is written. Unknown keys are errors.
/// Reads parser events rather than a document tree: the file has some 50,000 of them, and the
/// vocabulary is loaded at start-up.
/// </summary>
internal static class SkillVocabularyReader
{
    public static IReadOnlyList<SkillEntry> Read(string yaml, string source)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return [];
            }

            parser.Consume<DocumentStart>();
            var skills = new List<SkillEntry>();
            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                switch (key.Value)
                {
                    case "version":
                        parser.SkipThisAndNestedEvents();
                        break;
                    case "skills":
                        parser.Consume<SequenceStart>();
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            skills.Add(Skill(parser, source));
                        }

                        break;
                    default:
                        throw Invalid(source, key.Start.Line, $"unknown key '{key.Value}'");
                }
            }

            return skills;
        }
        catch (YamlException e)
        {
            throw Invalid(source, e.Start.Line, e.Message, e);
        }
    }

    private static SkillEntry Skill(IParser parser, string source)
    {
        var start = parser.Consume<MappingStart>();
        string name = "", category = "";
        IReadOnlyList<string> aliases = [], caseSensitive = [], related = [];
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            switch (key.Value)
            {
                case "name": name = Value(parser); break;
                case "category": category = Value(parser); break;
                case "aliases": aliases = List(parser); break;
                case "case_sensitive_aliases": caseSensitive = List(parser); break;
                case "related": related = List(parser); break;
                default: throw Invalid(source, key.Start.Line, $"unknown key '{key.Value}' in a skill");
            }
        }

        var line = start.Start.Line;
        if (name.Length == 0)
        {
            throw Invalid(source, line, "a skill has no name");
        }

        return category.Length == 0
            ? throw Invalid(source, line, $"'{name}' has no category")
            : new SkillEntry(name, aliases, caseSensitive, related, category, (int)line);
    }

    private static string Value(IParser parser) => parser.Consume<Scalar>().Value.Trim();

    private static string[] List(IParser parser)
    {
        var items = new List<string>();
        parser.Consume<SequenceStart>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var item = Value(parser);
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return [.. items];
    }

    private static InvalidDataException Invalid(string source, long line, string message, Exception? inner = null) =>
        new($"{source}: line {line}: {message}", inner);
}
