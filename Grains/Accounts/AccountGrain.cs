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

    public async Task<VisitorAccount> SignInAsync(string password)
    {
        RequireNormalisedKey();
        var now = clock.UtcNow;
        if (state.State.LockedUntil is { } until && until > now)
        {
            throw Locked(until - now);
        }

        if (state.State.PasswordHash is not { } hash)
        {
            // The same work and the same answer as a wrong password: sign-in does not tell which emails have accounts.
            await Passwords.VerifyDecoyAsync(password ?? "");
            throw WrongPassword();
        }

        var result = await Passwords.VerifyAsync(hash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(now);
            throw WrongPassword();
        }

        if (state.State.FailedSignIns > 0 || state.State.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.FailedSignIns = 0;
            state.State.LockedUntil = null;
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                state.State.PasswordHash = await Passwords.HashAsync(password!);
            }

            await state.WriteStateAsync();
        }

        return await VisitorAsync();
    }

    public async Task<VisitorAccount> EnsureOrganiserAsync(string password, string displayName)
    {
        RequireNormalisedKey();
        if (state.State.VisitorId is null)
        {
            AccountRules.RequirePassword(password, Email);
            await CreateAsync(password, ExpoRules.RequireDisplayName(displayName), "en");
        }

        var account = await VisitorAsync();
        if (!account.Organiser)
        {
            await Visitor.GrantOrganiserAsync();
            account = account with { Organiser = true };
        }

        return account;
    }

    public Task<string?> GetVisitorIdAsync() => Task.FromResult(state.State.VisitorId);

    private IVisitorGrain Visitor => GrainFactory.GetGrain<IVisitorGrain>(state.State.VisitorId ?? throw new InvalidOperationException("The account has no visitor yet."));

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

    private async Task RecordFailureAsync(DateTimeOffset now)
    {
        // Stored, not only counted in memory: a guesser must not get a fresh allowance each time the grain moves.
        state.State.FailedSignIns++;
        if (state.State.FailedSignIns >= options.Value.MaxFailedSignIns)
        {
            state.State.FailedSignIns = 0;
            state.State.LockedUntil = now + options.Value.LockoutDuration;
        }

        await state.WriteStateAsync();
    }

    private void RequireNormalisedKey()
    {
        if (!AccountRules.IsNormalisedEmail(Email))
        {
            throw ExpoException.Invalid("Accounts are keyed by the normalised email address.");
        }
    }

    private static ExpoException WrongPassword() => new(ExpoErrors.Unauthorized, "The email or the password is wrong.");

    private static ExpoException Locked(TimeSpan remaining) => new(
        ExpoErrors.RateLimited,
        $"Too many wrong passwords for this account; try again in {Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes))} minute(s).");
}
