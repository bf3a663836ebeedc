using Hiring.Contracts.Tenancy;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Identity;

/// <summary>
/// Every call to a tenant-scoped grain (<see cref="ITenantScoped"/>) passes here: it must carry the
/// grain's tenant, or come from the runtime itself without one. In Orleans 10 the runtime's own
/// deliveries are grain calls too, and pass through this filter: a reminder tick is
/// <c>IRemindable.ReceiveReminder</c> sent by the reminder service (a system target); a stream batch
/// comes from a pulling agent (a system target) through a grain extension; a grain timer tick is an
/// <c>IGrainTimerInvoker</c> message the grain sends itself. So "from the runtime" means: the method
/// is not on an <see cref="ITenantScoped"/> interface, and the sender is a system target or the grain
/// itself. A client (the gateway, a test) is neither, so it must carry the tenant.
/// </summary>
public sealed partial class TenantCallGuard(ILogger<TenantCallGuard> logger) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext.GrainInstance is not ITenantScoped)
        {
            return context.Invoke();
        }

        // Read on the key's bytes: this runs on every call, and decoding the key would allocate each time.
        var caller = TenantContext.Current;
        if (TenantRule.Admits(caller, context.TargetId.Key.AsSpan(), caller is null && FromRuntime(context)))
        {
            return context.Invoke();
        }

        if (caller is null)
        {
            // Not a probe: something inside the product called without a tenant. Say where.
            LogMissingTenant(logger, context.InterfaceName, context.MethodName, context.SourceId?.ToString() ?? "unknown");
        }

        throw TenantRule.Refusal();
    }

    private static bool FromRuntime(IIncomingGrainCallContext context) =>
        context.InterfaceMethod?.DeclaringType is { } declaring
        && !typeof(ITenantScoped).IsAssignableFrom(declaring)
        && context.SourceId is { } source
        && (SystemTargetGrainId.IsSystemTargetGrainId(source) || source == context.TargetId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Interface}.{Method} from {Source}: the call carries no tenant")]
    private static partial void LogMissingTenant(ILogger logger, string @interface, string method, string source);
}
