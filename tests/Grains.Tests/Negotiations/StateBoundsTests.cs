using Expo.Grains.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>
/// A flood of negotiation requests grows neither the signing wall's state nor the invited staff's inboxes past two
/// pages: older entries are sealed into pages of their own, and the counts and the lists stay whole.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StateBoundsTests(ClusterFixture fixture)
{
    private const int Flood = (5 * ClusterFixture.PageSize) + 3;

    [Fact]
    public async Task AFloodOfRequestsKeepsTheWallAndTheInboxesWithinTwoPagesAndListsEveryNegotiation()
    {
        var expoId = await Deal.NewExpoAsync(fixture);
        var a = TestParty.New("a");
        var b = TestParty.New("b");
        var wall = fixture.Client.GetGrain<ISigningWallGrain>(expoId);
        FaultyGrainStorage.Record(expoId);
        FaultyGrainStorage.Record(b.Member);
        var ids = new List<string>();
        var largestWall = 0;
        var largestInbox = 0;
        for (var i = 0; i < Flood; i++)
        {
            var deal = new Deal(fixture, expoId, [a, b]);
            await deal.RequestAsync();
            await deal.Grain.WithdrawAsync(a.Member, Deal.Op(), null);
            ids.Add(deal.Id);
            largestWall = Math.Max(largestWall, Entries(expoId, "Negotiations"));
            largestInbox = Math.Max(largestInbox, Entries(b.Member, "Revisions"));
        }

        Assert.InRange(largestWall, 1, 2 * ClusterFixture.PageSize);
        Assert.InRange(largestInbox, 1, 2 * ClusterFixture.PageSize);
        Assert.Equal(new NegotiationCounts(0, 0, Flood), await wall.GetCountsAsync());
        var organiser = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).EnsureOrganiserAsync(Staffing.Password, "Organiser");
        Assert.Equal(ids.Order(StringComparer.Ordinal), (await wall.GetNegotiationsAsync(organiser.VisitorId)).Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Order(StringComparer.Ordinal), await fixture.Client.GetGrain<IInboxGrain>(b.Member).GetNegotiationIdsAsync());

        await fixture.Cluster.DeactivateAsync(wall);
        Assert.Equal(new NegotiationCounts(0, 0, Flood), await wall.GetCountsAsync());
    }

    [Fact]
    public async Task AUserMayHaveOnlySoManyRequestsWaitingForAnAnswerPerBoothAndAcrossTheExpo()
    {
        var staffing = await Staffing.CreateAsync(fixture);
        var requester = TestParty.New("a");
        var invited = TestParty.New("b");
        var wall = fixture.Client.GetGrain<ISigningWallGrain>(staffing.ExpoId);
        var request = new NegotiationRequest(staffing.ExpoId, [requester.Party, invited.Party], "Tea tours", "tourism");
        Task<NegotiationReceipt> Ask(string? boothId, string? negotiationId = null, string? op = null) =>
            fixture.Client.GetGrain<INegotiationGrain>(negotiationId ?? TestKeys.New("n"))
                .RequestAsync(requester.Member, op ?? Deal.Op(), request with { BoothId = boothId });

        var first = TestKeys.New("n");
        await Ask(staffing.BoothId, first, "first");
        for (var i = 1; i < ClusterFixture.MaxOpenRequestsPerBooth; i++)
        {
            await Ask(staffing.BoothId);
        }

        await QuotaExceededAsync(() => Ask(staffing.BoothId));
        while ((await wall.GetCountsAsync()).Open < ClusterFixture.MaxOpenRequestsPerRequester)
        {
            await Ask(staffing.OtherBoothId);
        }

        await QuotaExceededAsync(() => Ask(null));
        Assert.Equal(NegotiationStatus.Requested, (await Ask(staffing.BoothId, first, "first")).Status);

        await fixture.Client.GetGrain<INegotiationGrain>(first).DeclineRequestAsync(invited.Member, Deal.Op(), null);
        Assert.Equal(NegotiationStatus.Requested, (await Ask(staffing.BoothId)).Status);
        Assert.Equal(new NegotiationCounts(ClusterFixture.MaxOpenRequestsPerRequester, 0, 1), await wall.GetCountsAsync());
    }

    /// <summary>How many entries the grain's latest stored state holds in that collection.</summary>
    private static int Entries(string grainKey, string collection) =>
        ((JObject)JObject.Parse(FaultyGrainStorage.Written[grainKey])[collection]!).Count;

    private static async Task QuotaExceededAsync(Func<Task> request) =>
        Assert.Equal(ExpoErrors.QuotaExceeded, (await Assert.ThrowsAsync<ExpoException>(request)).Code);
}
