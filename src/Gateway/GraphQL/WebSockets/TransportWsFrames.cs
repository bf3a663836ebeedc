using System.Buffers;
using System.Text.Json;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>Serialized protocol messages; payloads are spliced in as already-serialized JSON.</summary>
public static class TransportWsFrames
{
    public static byte[] Of(string type, string? id = null, ReadOnlySpan<byte> payload = default)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + payload.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (!payload.IsEmpty)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
