using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Http;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.GraphQL.Schema;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.GraphQL.WebSockets;

namespace Hiring.Gateway.GraphQL;

/// <summary>Wires the GraphQL API: schema, auth, limits, HTTP and WebSocket transports, and the subscription engine.</summary>
public static class GraphQLExtensions
{
    public const string Path = "/graphql";

    /// <summary>
    /// Everything behind /graphql. The two seams to the assistant, <see cref="IAssistantDirectory"/> and
    /// <see cref="IAssistantEventSource"/>, default to the supervisor grain and its Orleans stream;
    /// register others before this call to replace them.
    /// </summary>
    public static WebApplicationBuilder AddHiringGraphQL(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitSettings.Section).Get<LimitSettings>() ?? new LimitSettings();
        builder.Services.Configure<LimitSettings>(builder.Configuration.GetSection(LimitSettings.Section));
        builder.AddHiringAuth();
        builder.Services.AddSingleton<RequestRateLimiter>();
        builder.Services.AddHiringGraphQLSchema(limits);
        builder.Services.TryAddSingleton<IAssistantDirectory, SupervisorDirectory>();
        builder.Services.TryAddSingleton<IAssistantEventSource, OrleansAssistantEventSource>();
        builder.Services.AddSingleton<SubscriptionMetrics>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RecruiterEventHubs>();
        builder.Services.AddSingleton<EventPayloadResolver>();
        builder.Services.AddSingleton<GraphQLHttpRequestReader>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<GraphQLWebSocketEndpoint>();
        return builder;
    }

    /// <summary>The schema alone (what <c>hiring schema</c> prints needs no host).</summary>
    public static IServiceCollection AddHiringGraphQLSchema(this IServiceCollection services, LimitSettings limits)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSelfActivatingSchema<HiringSchema>()
            .AddSystemTextJson()
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(RefusalErrors.Handle)
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false));
        services.AddSingleton<GraphQLRunner>();
        return services;
    }

    public static WebApplication MapHiringGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseAuthentication();
        app.Map(Path, (HttpContext context) => !context.RequestServices.GetRequiredService<RequestRateLimiter>().TryAcquire(context)
            ? GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.Message, context.RequestAborted)
            : context.WebSockets.IsWebSocketRequest
                ? context.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(context)
                : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }
}
