using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// Who organises the expo, and every grant and revocation of the role (who, when, whom), keyed by
/// <see cref="OrganiserRules.RosterKey"/>. The first organiser comes from configuration (the demo) or from the one-time
/// setup code, which works only while there is no organiser; later ones are granted by organisers, and the last one
/// cannot be revoked. A visitor's grain holds the role the other grains check.
/// </summary>
[Alias("expo.IOrganisersGrain")]
public interface IOrganisersGrain : IGrainWithStringKey
{
    /// <summary>The organisers and the audit of changes, newest first; organisers only.</summary>
    [Alias("get")]
    Task<OrganiserRoster> GetAsync(string actorId);

    /// <summary>Makes the configured organiser's visitor an organiser, unless an organiser revoked them since.</summary>
    [Alias("add-configured")]
    Task AddConfiguredAsync(string visitorId);

    /// <summary>
    /// The setup code while no organiser exists, null once one does: <paramref name="configuredCode"/> when given,
    /// otherwise one generated once and kept, so every Web node shows the same.
    /// </summary>
    [Alias("setup-code")]
    Task<string?> GetOrCreateSetupCodeAsync(string? configuredCode);

    /// <summary>Refuses (<c>forbidden</c>) a wrong code, or any code once an organiser exists.</summary>
    [Alias("check-setup-code")]
    Task CheckSetupCodeAsync(string code);

    /// <summary>Makes the account's visitor the first organiser and uses the code up.</summary>
    [Alias("redeem-setup-code")]
    Task<OrganiserRoster> RedeemSetupCodeAsync(string code, string visitorId);

    [Alias("grant")]
    Task<OrganiserRoster> GrantAsync(string actorId, string visitorId);

    /// <summary>Takes the role away and ends the visitor's sessions; <c>conflict</c> for the last organiser.</summary>
    [Alias("revoke")]
    Task<OrganiserRoster> RevokeAsync(string actorId, string visitorId);
}
