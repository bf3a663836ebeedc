namespace Hiring.Contracts.Tenancy;

/// <summary>
/// Marks a grain interface whose grains belong to one tenant: the key is "{tenant}/{id}", or the
/// tenant alone. The silo refuses every call to such a grain unless the call carries that tenant
/// (or comes from the runtime itself: reminders, stream delivery); another tenant's call is refused
/// with NOT_FOUND, exactly like an unknown id.
/// </summary>
public interface ITenantScoped
{
}
