using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// What the booth's staff manage, stored by the booth's staff grain apart from the chat state: the staff, open
/// invitations, the edited profile, the cap and recent operation ids. Booths stored before the staff grain existed
/// hold the same record as their own "staff" state; the staff grain takes it over once.
/// </summary>
[GenerateSerializer, Alias("expo.BoothStaffState")]
public sealed class BoothStaffState
{
    /// <summary>By visitor id.</summary>
    [Id(0)]
    public Dictionary<string, BoothStaffMember> Staff { get; set; } = [];

    /// <summary>By secret.</summary>
    [Id(1)]
    public Dictionary<string, StoredInvitation> Invitations { get; set; } = [];

    /// <summary>The profile as the staff last saved it; it wins over the seed catalogue's.</summary>
    [Id(2)]
    public BoothProfile? EditedProfile { get; set; }

    /// <summary>Recent staff operations, oldest first, so a retried one is applied once.</summary>
    [Id(3)]
    public List<BoothOperation> Operations { get; set; } = [];

    /// <summary>The most visitors (staff aside) the booth lets in at once; null for no cap.</summary>
    [Id(4)]
    public int? Capacity { get; set; }

    /// <summary>Counts stored changes, so the booth can tell a newer view of the staff from an older one.</summary>
    [Id(5)]
    public long Version { get; set; }
}

[GenerateSerializer, Alias("expo.StoredInvitation")]
public sealed class StoredInvitation
{
    [Id(0)]
    public string Role { get; set; } = StaffRoles.Member;

    [Id(1)]
    public DateTimeOffset ExpiresAt { get; set; }

    [Id(2)]
    public string CreatedBy { get; set; } = "";

    [Id(3)]
    public string? AcceptedBy { get; set; }
}

/// <summary>An applied operation: <see cref="Key"/> is "{actorId}/{operationId}", so one person's ids never block another's.</summary>
[GenerateSerializer, Alias("expo.BoothOperation")]
public sealed class BoothOperation
{
    [Id(0)]
    public string Key { get; set; } = "";

    [Id(1)]
    public string Kind { get; set; } = "";

    /// <summary>What a retry answers with, when it is more than "done" (an invitation's secret).</summary>
    [Id(2)]
    public string? Result { get; set; }
}
