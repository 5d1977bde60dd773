using Expo.Grains.Models;

namespace Expo.Grains.Accounts;

public sealed class OrganisersGrain(
    [PersistentState("organisers", ExpoStorage.Accounts)] IPersistentState<OrganisersState> state,
    ExpoClock clock) : Grain, IOrganisersGrain
{
    private const string Granted = "granted";
    private const string Revoked = "revoked";

    private List<string> Organisers => state.State.Organisers;

    public Task<OrganiserRoster> GetAsync(string actorId)
    {
        RequireOrganiser(actorId);
        return Task.FromResult(Roster());
    }

    public async Task AddConfiguredAsync(string visitorId)
    {
        if (Organisers.Contains(visitorId) || state.State.Revoked.Contains(visitorId))
        {
            return;
        }

        await AddAsync("configuration", visitorId);
    }

    public async Task<string?> GetOrCreateSetupCodeAsync(string? configuredCode)
    {
        if (Organisers.Count > 0)
        {
            return null;
        }

        var code = string.IsNullOrWhiteSpace(configuredCode) ? state.State.SetupCode ?? OrganiserRules.NewSetupCode() : configuredCode.Trim();
        if (code != state.State.SetupCode)
        {
            state.State.SetupCode = code;
            await WriteAsync();
        }

        return code;
    }

    public Task CheckSetupCodeAsync(string code)
    {
        if (Organisers.Count > 0 || !OrganiserRules.SameCode(code, state.State.SetupCode))
        {
            throw ExpoException.Forbidden("This setup code is not valid, or the expo has its first organiser already.");
        }

        return Task.CompletedTask;
    }

    public async Task<OrganiserRoster> RedeemSetupCodeAsync(string code, string visitorId)
    {
        await CheckSetupCodeAsync(code);
        state.State.SetupCode = null;
        await AddAsync("setup-code", visitorId);
        return Roster();
    }

    public async Task<OrganiserRoster> GrantAsync(string actorId, string visitorId)
    {
        RequireOrganiser(actorId);
        if (!Organisers.Contains(visitorId))
        {
            state.State.Revoked.Remove(visitorId);
            await AddAsync(actorId, visitorId);
        }

        return Roster();
    }

    public async Task<OrganiserRoster> RevokeAsync(string actorId, string visitorId)
    {
        RequireOrganiser(actorId);
        if (Organisers.Contains(visitorId))
        {
            if (Organisers.Count == 1)
            {
                throw ExpoException.Conflict("The last organiser cannot be revoked; grant the role to someone else first.");
            }

            Organisers.Remove(visitorId);
            state.State.Revoked.Add(visitorId);
            Record(actorId, visitorId, Revoked);
            await WriteAsync();
        }
        else if (!state.State.Revoked.Contains(visitorId))
        {
            // Never an organiser: nothing to take away, and no grain of a made-up id is touched.
            throw ExpoException.NotFound("No organiser has this visitor id.");
        }

        // After the roster is stored, so the last-organiser rule holds; repeated by a retry if it failed.
        await GrainFactory.GetGrain<IVisitorGrain>(visitorId).RevokeOrganiserAsync();
        return Roster();
    }

    private async Task AddAsync(string actorId, string visitorId)
    {
        if (!ExpoRules.IsSlug(visitorId))
        {
            throw ExpoException.Invalid("A visitor id is 1 to 64 characters of a-z, 0-9 and '-'.");
        }

        // The visitor grain refuses a guest; only then is the roster changed.
        await GrainFactory.GetGrain<IVisitorGrain>(visitorId).GrantOrganiserAsync();
        Organisers.Add(visitorId);
        Record(actorId, visitorId, Granted);
        await WriteAsync();
    }

    private void Record(string actorId, string visitorId, string action)
    {
        state.State.Changes.Insert(0, new OrganiserChange(clock.UtcNow, actorId, visitorId, action));
        if (state.State.Changes.Count > OrganiserRules.MaxChanges)
        {
            state.State.Changes.RemoveRange(OrganiserRules.MaxChanges, state.State.Changes.Count - OrganiserRules.MaxChanges);
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // Memory may now differ from storage: reload rather than decide from a roster nobody stored.
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The organisers could not be stored just now; try again.");
        }
    }

    private void RequireOrganiser(string actorId)
    {
        if (!Organisers.Contains(actorId ?? ""))
        {
            throw ExpoException.Forbidden("Only organisers may do this.");
        }
    }

    private OrganiserRoster Roster() => new([.. Organisers], [.. state.State.Changes]);
}
