using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hiring.Gateway.Cli;

/// <summary>How commands print --json output.</summary>
public static class CliJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
