using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountGrainTests(ClusterFixture fixture)
{
    private const string Password = Staffing.Password;

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
        Assert.Equal(first.VisitorId, (await Account(email).SignInAsync(Password)).VisitorId);
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("another password 2"));
    }

    [Fact]
    public async Task SigningInWithTheRightPasswordReturnsTheSameVisitor()
    {
        var email = Staffing.NewEmail();
        var registered = await Account(email).RegisterAsync(Password, "Ada", "en");

        var signedIn = await Account(email).SignInAsync(Password);

        Assert.Equal(registered.VisitorId, signedIn.VisitorId);
        Assert.Equal("Ada", signedIn.DisplayName);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameRefusal()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");

        var wrong = await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("not the password"));
        var unknown = await Assert.ThrowsAsync<ExpoException>(() => Account(Staffing.NewEmail()).SignInAsync(Password));

        Assert.Equal(ExpoErrors.Unauthorized, wrong.Code);
        Assert.Equal((wrong.Code, wrong.Message), (unknown.Code, unknown.Message));
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockoutEnds()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");
        var options = new AccountOptions();
        for (var i = 0; i < options.MaxFailedSignIns; i++)
        {
            Assert.Equal(ExpoErrors.Unauthorized, (await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("guess " + i))).Code);
        }

        var locked = await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync(Password));
        Assert.Equal(ExpoErrors.RateLimited, locked.Code);

        fixture.Time.Advance(options.LockoutDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(ExpoErrors.RateLimited, (await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync(Password))).Code);

        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("Ada", (await Account(email).SignInAsync(Password)).DisplayName);
    }

    [Fact]
    public async Task ASuccessfulSignInResetsTheCountOfWrongPasswords()
    {
        var email = Staffing.NewEmail();
        await Account(email).RegisterAsync(Password, "Ada", "en");
        var limit = new AccountOptions().MaxFailedSignIns;
        for (var i = 0; i < limit - 1; i++)
        {
            await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("guess " + i));
        }

        await Account(email).SignInAsync(Password);
        await Assert.ThrowsAsync<ExpoException>(() => Account(email).SignInAsync("one more guess"));

        Assert.Equal("Ada", (await Account(email).SignInAsync(Password)).DisplayName);
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
        var again = await Account(email).EnsureOrganiserAsync("a changed password", "Organiser");

        Assert.True(first.Organiser);
        Assert.Equal(first.VisitorId, again.VisitorId);
        Assert.True((await Account(email).SignInAsync(Password)).Organiser);
    }

    [Fact]
    public async Task AnExistingAccountNamedAsOrganiserBecomesOne()
    {
        var email = Staffing.NewEmail();
        var visitor = await Account(email).RegisterAsync(Password, "Ada", "en");

        var organiser = await Account(email).EnsureOrganiserAsync("ignored password", "Ada");

        Assert.Equal(visitor.VisitorId, organiser.VisitorId);
        Assert.True((await fixture.Client.GetGrain<IVisitorGrain>(visitor.VisitorId).GetAccountAsync())!.Organiser);
    }

    private IAccountGrain Account(string email) => fixture.Client.GetGrain<IAccountGrain>(email);
}
