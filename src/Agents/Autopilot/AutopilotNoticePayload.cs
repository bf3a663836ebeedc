using System.Text.Json;
using Hiring.Agents.Supervisor;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// The payload of an autopilot notice: the run or the settings as JSON with the project's id beside
/// their fields, so a page knows which project's card to refresh and where the digest links to.
/// </summary>
public static class AutopilotNoticePayload
{
    public static string Of<T>(string projectId, T value)
    {
        var json = JsonSerializer.SerializeToNode(value, EventJson.Options)!.AsObject();
        json["projectId"] = projectId;
        return json.ToJsonString(EventJson.Options);
    }
}
