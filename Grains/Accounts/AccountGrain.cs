using Expo.Grains.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", ExpoStorage.Accounts)] IPersistentState<AccountState> state,
    ExpoClock clock,
    IOptions<AccountOptions> options) : Grain, IAccountGrain
{
    private string Email => this.GetPrimaryKeyString();

    public async Task<VisitorAccount> RegisterAsync(string password, string displayName, string language)
    {
        RequireNormalisedKey();
        AccountRules.RequirePassword(password, Email);
        var name = ExpoRules.RequireDisplayName(displayName);
        var lang = ExpoRules.RequireLanguage(language);
        if (state.State.VisitorId is not null)
        {
            throw ExpoException.Conflict("An account with this email exists already; sign in instead.");
        }

        await CreateAsync(password, name, lang);
        return await VisitorAsync();
    }

    public async Task<VisitorAccount> SignInAsync(string password, string clientAddress)
    {
        RequireNormalisedKey();
        await VerifyPasswordAsync(password, clientAddress);
        return await VisitorAsync();
    }

    public async Task<VisitorAccount> ChangePasswordAsync(string currentPassword, string newPassword, string clientAddress)
    {
        RequireNormalisedKey();
        AccountRules.RequirePassword(newPassword, Email);
        await VerifyPasswordAsync(currentPassword, clientAddress);
        state.State.PasswordHash = await Passwords.HashAsync(newPassword);
        await state.WriteStateAsync();
        var account = await VisitorAsync();

        // Whoever holds a session of the old password holds none now; the Web node issues the caller a new one.
        await GrainFactory.GetGrain<IVisitorSessionsGrain>(account.VisitorId).RevokeAllAsync("password changed");
        return account;
    }

    public async Task<VisitorAccount> EnsureOrganiserAsync(string password, string displayName)
    {
        RequireNormalisedKey();
        if (state.State.VisitorId is null)
        {
            AccountRules.RequirePassword(password, Email);
            await CreateAsync(password, ExpoRules.RequireDisplayName(displayName), "en");
        }
        else if (state.State.PasswordHash is not { } hash || await Passwords.VerifyAsync(hash, password ?? "") == PasswordVerificationResult.Failed)
        {
            // Someone registered the configured address with a password of their own: being first gives no role.
            throw ExpoException.Forbidden("The configured organiser's address belongs to an account with another password.");
        }

        var account = await VisitorAsync();
        await GrainFactory.GetGrain<IOrganisersGrain>(OrganiserRules.RosterKey).AddConfiguredAsync(account.VisitorId);
        return await VisitorAsync();
    }

    public Task<string?> GetVisitorIdAsync() => Task.FromResult(state.State.VisitorId);

    private IVisitorGrain Visitor => GrainFactory.GetGrain<IVisitorGrain>(state.State.VisitorId ?? throw new InvalidOperationException("The account has no visitor yet."));

    private async Task VerifyPasswordAsync(string password, string clientAddress)
    {
        var address = string.IsNullOrEmpty(clientAddress) ? "unknown" : clientAddress;
        var now = clock.UtcNow;
        SignInThrottles.RequireNotWaiting(state.State.Throttles, address, now);
        if (state.State.PasswordHash is not { } hash)
        {
            // The same work and the same answer as a wrong password: sign-in does not tell which emails have accounts.
            await Passwords.VerifyDecoyAsync(password ?? "");
            throw WrongPassword();
        }

        var result = await Passwords.VerifyAsync(hash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            // Stored, not only counted in memory: a guesser must not get a fresh allowance each time the grain moves.
            SignInThrottles.RecordFailure(state.State.Throttles, address, now, options.Value);
            await state.WriteStateAsync();
            throw WrongPassword();
        }

        var forgot = SignInThrottles.Forget(state.State.Throttles, address);
        if (forgot || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                state.State.PasswordHash = await Passwords.HashAsync(password!);
            }

            await state.WriteStateAsync();
        }
    }

    private async Task CreateAsync(string password, string displayName, string language)
    {
        state.State = new AccountState
        {
            VisitorId = $"v-{Guid.NewGuid():N}",
            PasswordHash = await Passwords.HashAsync(password),
            DisplayName = displayName,
            Language = language,
            CreatedAt = clock.UtcNow,
        };
        await state.WriteStateAsync();
    }

    /// <summary>The account's visitor; creating its account record there too, should an earlier call have stopped between the two.</summary>
    private Task<VisitorAccount> VisitorAsync() => Visitor.EnsureAccountAsync(Email, state.State.DisplayName, state.State.Language);

    private void RequireNormalisedKey()
    {
        if (!AccountRules.IsNormalisedEmail(Email))
        {
            throw ExpoException.Invalid("Accounts are keyed by the normalised email address.");
        }
    }

    private static ExpoException WrongPassword() => new(ExpoErrors.Unauthorized, "The email or the password is wrong.");
}
