using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One visitor: who they are, which language they read, and, for a registered visitor, their roles.</summary>
[Alias("expo.IVisitorGrain")]
public interface IVisitorGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<VisitorProfile> RegisterGuestAsync(string displayName, string language);

    [Alias("get")]
    Task<VisitorProfile?> GetAsync();

    /// <summary>Makes the visitor the holder of the account <paramref name="email"/> (once), and returns it with its roles.</summary>
    [Alias("ensure-account")]
    Task<VisitorAccount> EnsureAccountAsync(string email, string displayName, string language);

    /// <summary>The visitor's account and roles; null for a guest.</summary>
    [Alias("account")]
    Task<VisitorAccount?> GetAccountAsync();

    [Alias("grant-organiser")]
    Task GrantOrganiserAsync();

    /// <summary>Takes the organiser role away and ends the visitor's sessions, which carry it. Called by <see cref="IOrganisersGrain"/>.</summary>
    [Alias("revoke-organiser")]
    Task RevokeOrganiserAsync();

    /// <summary>
    /// Records the visitor's role on a booth (null: none), as the booth reports it. The booth's staff list is the
    /// source of truth; this copy lets a visitor's session and "my booths" find their booths without asking every booth.
    /// A role taken away or changed ends the visitor's sessions, which carry the old one.
    /// </summary>
    [Alias("booth-role")]
    Task SetBoothRoleAsync(string boothId, string? role);

    /// <summary>The booths in the visitor's expo bag, most recently added first.</summary>
    [Alias("favourites")]
    Task<IReadOnlyList<string>> GetFavouritesAsync();

    /// <summary>Puts a booth in the expo bag or takes it out; a repeated operation id changes nothing.</summary>
    [Alias("set-favourite")]
    Task<IReadOnlyList<string>> SetFavouriteAsync(string operationId, string boothId, bool favourite);

    /// <summary>The sessions in the visitor's plan, in the order they were added.</summary>
    [Alias("plan")]
    Task<IReadOnlyList<string>> GetPlanAsync();

    /// <summary>
    /// Puts a session of <paramref name="expoId"/>'s agenda in the visitor's plan or takes it out; a repeated operation
    /// id changes nothing. A planned session is reminded of once, <see cref="AgendaReminderOptions.ReminderLead"/> before it starts.
    /// </summary>
    [Alias("set-planned")]
    Task<IReadOnlyList<string>> SetPlannedAsync(string operationId, string expoId, string sessionId, bool planned);
}
