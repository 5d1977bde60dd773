using Expo.Grains.Models;

namespace Expo.Grains.Accounts;

[GenerateSerializer, Alias("expo.OrganisersState")]
public sealed class OrganisersState
{
    [Id(0)]
    public List<string> Organisers { get; set; } = [];

    /// <summary>Newest first, at most <see cref="OrganiserRules.MaxChanges"/>.</summary>
    [Id(1)]
    public List<OrganiserChange> Changes { get; set; } = [];

    /// <summary>The one-time setup code while no organiser exists; cleared when it is used.</summary>
    [Id(2)]
    public string? SetupCode { get; set; }

    /// <summary>Visitors an organiser revoked: configuration does not make them organisers again at the next start.</summary>
    [Id(3)]
    public List<string> Revoked { get; set; } = [];
}
