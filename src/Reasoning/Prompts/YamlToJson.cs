using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hiring.Reasoning.Prompts;

/// <summary>
/// Converts a YAML document to JSON so Semantic Kernel's own JSON model of a prompt can read it
/// (its YAML package is not available here). Plain scalars keep their YAML type; quoted ones stay strings.
/// </summary>
public static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMap(map),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node at {node.Start}."),
    };

    private static JsonObject ConvertMap(YamlMappingNode map)
    {
        var json = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            json[((YamlScalarNode)key).Value ?? string.Empty] = Convert(value);
        }

        return json;
    }

    private static JsonValue? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return JsonValue.Create(flag);
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? JsonValue.Create(real)
            : JsonValue.Create(text);
    }
}
