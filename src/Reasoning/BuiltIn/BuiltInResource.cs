using Hiring.Reasoning.Prompts;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hiring.Reasoning.BuiltIn;

/// <summary>Reads a YAML resource of the built-in engine (prompts/builtin/) into a typed model; unknown keys are errors.</summary>
public static class BuiltInResource
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static T Load<T>(PromptLibrary library, string fileName)
    {
        try
        {
            return Deserializer.Deserialize<T>(library.ReadBuiltIn(fileName))
                ?? throw new InvalidDataException($"Built-in resource '{fileName}' is empty.");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"Built-in resource '{fileName}' is invalid at {ex.Start}: {ex.Message}", ex);
        }
    }
}
