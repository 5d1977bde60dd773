using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountGrainTests(ClusterFixture fixture)
{
    private const string Password = Staffing.Password;
    private const string Owner = "203.0.113.7";
    private const string Guesser = "198.51.100.9";

    [Fact]
    public async Task RegisteringCreatesAVisitorHoldingTheAccountWithNoRoles()
    {
        var email = Staffing.NewEmail();

        var account = await Account(email).RegisterAsync(Password, " Ada ", "zh");

        Assert.StartsWith("v-", account.VisitorId);
        Assert.Equal(new VisitorAccount(account.VisitorId, email, "Ada", "zh", false, []), account with { Booths = [] });
        Assert.Empty(account.Booths);
        Assert.Equal(account.VisitorId, await Account(email).GetVisitorIdAsync());
        Assert.Equivalent(account, await fixture.Client.GetGrain<IVisitorGrain>(account.VisitorId).GetAccountAsync(), strict: true);
    }

    [Fact]
    public async Task RegisteringATakenEmailIsAConflictAndKeepsTheFirstAccountAndPassword()
    {
        var email = Staffing.NewEmail();
        var first = await Account(email).RegisterAsync(Password, "Ada", "en");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Account(email).RegisterAsync("another password 2", "Eve", "en"));

        Assert.Equal(ExpoErrors.Conflict, refused.Code);
        Assert.Equal(first.VisitorId, (await Account(email).SignInAsync(Password, Owner)).VisitorId);
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("another password 2", Owner));
    }

    [Fact]
    public async Task SigningInWithTheRightPasswordReturnsTheSameVisitor()
    {
        var email = Staffing.NewEmail();
        var registered = await Account(email).RegisterAsync(Password, "Ada", "en");

        var signedIn = await Account(email).SignInAsync(Password, Owner);

        Assert.Equal(registered.VisitorId, signedIn.VisitorId);
        Assert.Equal("Ada", signedIn.DisplayName);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameRefusal()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");

        var wrong = await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("not the password", Owner));
        var unknown = await Assert.ThrowsAsync<ExpoException>(() => Account(Staffing.NewEmail()).SignInAsync(Password, Owner));

        Assert.Equal(ExpoErrors.Unauthorized, wrong.Code);
        Assert.Equal((wrong.Code, wrong.Message), (unknown.Code, unknown.Message));
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddressMakeOnlyThatAddressWaitLongerEachTime()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");
        var options = new AccountOptions();
        for (var i = 0; i < options.MaxFailedSignIns; i++)
        {
            Assert.Equal(ExpoErrors.Unauthorized, (await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("guess " + i, Guesser))).Code);
        }

        var waiting = await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync(Password, Guesser));
        Assert.Equal(ExpoErrors.RateLimited, waiting.Code);
        Assert.Equal(options.ThrottleDelay, waiting.RetryAfter);
        Assert.Equal("Ada", (await Account(email).SignInAsync(Password, Owner)).DisplayName);

        fixture.Time.Advance(options.ThrottleDelay);
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("one more guess", Guesser));
        var longer = await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync(Password, Guesser));
        Assert.Equal(options.ThrottleDelay * 2, longer.RetryAfter);

        fixture.Time.Advance(options.ThrottleDelay * 2);
        Assert.Equal("Ada", (await Account(email).SignInAsync(Password, Guesser)).DisplayName);
    }

    [Fact]
    public async Task ASuccessfulSignInResetsTheCountOfWrongPasswords()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");
        var limit = new AccountOptions().MaxFailedSignIns;
        for (var i = 0; i < limit - 1; i++)
        {
            await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("guess " + i, Owner));
        }

        await Account(email).SignInAsync(Password, Owner);
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("one more guess", Owner));

        Assert.Equal("Ada", (await Account(email).SignInAsync(Password, Owner)).DisplayName);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOneAndEndsEverySession()
    {
        var email = Staffing.NewEmail();
        var account = await Account(email).RegisterAsync(Password, "Ada", "en");
        var sessions = fixture.Client.GetGrain<IVisitorSessionsGrain>(account.VisitorId);
        var before = await sessions.GetStandingAsync();

        var wrong = await Assert.ThrowsAsync<ExpoException>(() => Account(email).ChangePasswordAsync("not the password", "a new password 2", Owner));
        await Account(email).ChangePasswordAsync(Password, "a new password 2", Owner);

        Assert.Equal(ExpoErrors.Unauthorized, wrong.Code);
        Assert.False((await sessions.GetStandingAsync()).Allows("any", before.Epoch));
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync(Password, Owner));
        Assert.Equal("Ada", (await Account(email).SignInAsync("a new password 2", Owner)).DisplayName);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("          ")]
    [InlineData("bell\u0007bell\u0007bell")]
    public async Task ABadPasswordIsRefusedAndNoAccountIsCreated(string password)
    {
        var email = Staffing.NewEmail();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Account(email).RegisterAsync(password, "Ada", "en"));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await Account(email).GetVisitorIdAsync());
    }

    [Fact]
    public async Task ThePasswordMayNotBeTheEmail()
    {
        var email = Staffing.NewEmail();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Account(email).RegisterAsync(email.ToUpperInvariant(), "Ada", "en"));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await Account(email).GetVisitorIdAsync());
    }

    [Fact]
    public async Task AnAccountKeyedByAnUnnormalisedEmailRefusesToRegister()
    {
        var key = $"Ada-{Guid.NewGuid():N}@Example.com";

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Account(key).RegisterAsync(Password, "Ada", "en"));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Null(await Account(key).GetVisitorIdAsync());
    }

    [Fact]
    public async Task TheConfiguredOrganiserIsCreatedOnceAndKeepsItsFirstPassword()
    {
        var email = Staffing.NewEmail();

        var first = await Account(email).EnsureOrganiserAsync(Password, "Organiser");
        var again = await Account(email).EnsureOrganiserAsync(Password, "Organiser");

        Assert.True(first.Organiser);
        Assert.Equal(first.VisitorId, again.VisitorId);
        Assert.True((await Account(email).SignInAsync(Password, Owner)).Organiser);
    }

    [Fact]
    public async Task AStrangerWhoRegisteredTheOrganiserAddressFirstDoesNotBecomeOrganiser()
    {
        var email = Staffing.NewEmail();
        var stranger = await Account(email).RegisterAsync("the stranger's password", "Eve", "en");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => Account(email).EnsureOrganiserAsync(Password, "Organiser"));

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.False((await fixture.Client.GetGrain<IVisitorGrain>(stranger.VisitorId).GetAccountAsync())!.Organiser);
    }

    private IAccountGrain Account(string email) => fixture.Client.GetGrain<IAccountGrain>(email);
}
