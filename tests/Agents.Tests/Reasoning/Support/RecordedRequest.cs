using System.Text.Json;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>A request the fake server received.</summary>
internal sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonElement Body)
{
    public JsonElement[] Messages => [.. Body.GetProperty("messages").EnumerateArray()];
}
