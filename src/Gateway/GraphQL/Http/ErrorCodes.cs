namespace Hiring.Gateway.GraphQL.Http;

/// <summary>The <c>extensions.code</c> values the gateway itself produces (refusals carry <c>RefusalCodes</c>).</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string RateLimited = "RATE_LIMITED";
    public const string InvalidJson = "INVALID_JSON";
    public const string BadRequest = "BAD_REQUEST";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    /// <summary>A failure that passes by itself (<see cref="TransientFaults"/>): the same request may be made again.</summary>
    public const string Unavailable = "UNAVAILABLE";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
}
