namespace Expo.Grains.Booths;

/// <summary>The booth answers who is on its staff, so the grains beside it (catalogue, leads) check against one list.</summary>
public sealed partial class BoothGrain
{
    public Task<string?> GetStaffRoleAsync(string visitorId)
    {
        RequireProfile();
        return Task.FromResult(RoleOf(visitorId));
    }
}
