using System.Text.Json;

namespace Hiring.Testing;

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonElement Body)
{
    public JsonElement[] Messages => [.. Body.GetProperty("messages").EnumerateArray()];
}
