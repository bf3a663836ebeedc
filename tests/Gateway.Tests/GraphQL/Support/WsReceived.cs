using System.Net.WebSockets;
using System.Text.Json;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>One thing read from the socket: a protocol message, or the close frame.</summary>
public sealed record WsReceived(string? Type, string? Id, JsonElement Payload, WebSocketCloseStatus? CloseStatus = null, string? CloseDescription = null)
{
    public int? CloseCode => CloseStatus is { } status ? (int)status : null;

    public string Cursor => Payload.GetProperty("data").GetProperty("assistantEvents").GetProperty("cursor").GetString()!;

    public long Sequence => long.Parse(Cursor, System.Globalization.CultureInfo.InvariantCulture);
}
