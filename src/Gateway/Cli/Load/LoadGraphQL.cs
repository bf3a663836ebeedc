using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// GraphQL over HTTP as a recruiter's app sends it (POST /graphql with X-Api-Key). A failure is a
/// <see cref="LoadException"/> named by the error's code (INBOX_FULL, RATE_LIMITED, …), the HTTP
/// status, or the connection error; the caller's cancellation passes through as itself.
/// </summary>
public sealed class LoadGraphQL(HttpClient http)
{
    public const string Path = "/graphql";

    public async Task<JsonElement> RunAsync(Uri target, string apiKey, string query, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, Path)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("X-Api-Key", apiKey);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new LoadException($"connection: {e.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LoadException("timeout");
        }

        using (response)
        {
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            JsonElement root;
            try
            {
                root = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStreamAsync(cancellationToken));
            }
            catch (JsonException)
            {
                throw new LoadException($"HTTP {status}");
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var code = errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
                throw new LoadException(response.IsSuccessStatusCode ? code ?? "GRAPHQL_ERROR" : $"HTTP {status} {code}".TrimEnd());
            }

            if (!response.IsSuccessStatusCode || root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
            {
                throw new LoadException($"HTTP {status}");
            }

            return data;
        }
    }
}
