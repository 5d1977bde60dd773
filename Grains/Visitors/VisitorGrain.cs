using Expo.Grains.Models;

namespace Expo.Grains.Visitors;

public sealed partial class VisitorGrain(
    [PersistentState("visitor", ExpoStorage.Visitors)] IPersistentState<VisitorState> state,
    ExpoClock clock) : Grain, IVisitorGrain
{
    public async Task<VisitorProfile> RegisterGuestAsync(string displayName, string language)
    {
        var profile = new VisitorProfile(
            this.GetPrimaryKeyString(),
            ExpoRules.RequireDisplayName(displayName),
            ExpoRules.RequireLanguage(language),
            state.State.Profile?.CreatedAt ?? clock.UtcNow);
        state.State.Profile = profile;
        await state.WriteStateAsync();
        return profile;
    }

    public Task<VisitorProfile?> GetAsync() => Task.FromResult(state.State.Profile);

    public async Task<VisitorAccount> EnsureAccountAsync(string email, string displayName, string language)
    {
        if (state.State.Email is null)
        {
            state.State.Email = email;
            state.State.Profile ??= new VisitorProfile(
                this.GetPrimaryKeyString(), ExpoRules.RequireDisplayName(displayName), ExpoRules.RequireLanguage(language), clock.UtcNow);
            await state.WriteStateAsync();
        }
        else if (state.State.Email != email)
        {
            throw ExpoException.Conflict("This visitor holds another account.");
        }

        return Account()!;
    }

    public Task<VisitorAccount?> GetAccountAsync() => Task.FromResult(Account());

    public async Task GrantOrganiserAsync()
    {
        if (state.State.Email is null)
        {
            throw ExpoException.Forbidden("Only a registered account can be an organiser.");
        }

        if (!state.State.Organiser)
        {
            state.State.Organiser = true;
            await state.WriteStateAsync();
        }
    }

    public async Task RevokeOrganiserAsync()
    {
        if (state.State.Organiser)
        {
            state.State.Organiser = false;
            await state.WriteStateAsync();
            await Sessions.RevokeAllAsync("organiser role revoked");
        }
    }

    public async Task SetBoothRoleAsync(string boothId, string? role)
    {
        ExpoRules.RequireBoothId(boothId);
        var previous = state.State.Booths.GetValueOrDefault(boothId);
        if (previous == role)
        {
            return;
        }

        if (role is null)
        {
            state.State.Booths.Remove(boothId);
        }
        else
        {
            state.State.Booths[boothId] = StaffRoles.Require(role);
        }

        await state.WriteStateAsync();
        if (previous is not null)
        {
            // The visitor's sessions carry the old role: they end, and the next sign-in carries the new one.
            await Sessions.RevokeAllAsync($"role on booth {boothId} changed");
        }
    }

    private IVisitorSessionsGrain Sessions => GrainFactory.GetGrain<IVisitorSessionsGrain>(this.GetPrimaryKeyString());

    private VisitorAccount? Account() => state.State is { Email: { } email, Profile: { } profile }
        ? new VisitorAccount(
            profile.VisitorId,
            email,
            profile.DisplayName,
            profile.Language,
            state.State.Organiser,
            [.. state.State.Booths.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => new BoothRole(b.Key, b.Value))])
        : null;
}
