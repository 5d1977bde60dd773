using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>
/// A negotiation under test on the cluster, in a fresh expo of its own so counts on the expo's wall are this test's:
/// party A requests and proposes, the others answer.
/// </summary>
internal sealed class Deal(ClusterFixture fixture, string expoId, IReadOnlyList<TestParty> parties)
{
    public string Id { get; } = TestKeys.New("n");

    public string ExpoId => expoId;

    public IReadOnlyList<TestParty> Parties => parties;

    public TestParty A => parties[0];

    public TestParty B => parties[1];

    public INegotiationGrain Grain => fixture.Client.GetGrain<INegotiationGrain>(Id);

    public ISigningWallGrain Wall => fixture.Client.GetGrain<ISigningWallGrain>(expoId);

    public static string Op() => TestKeys.New("op");

    public static async Task<Deal> NewAsync(ClusterFixture fixture, int parties = 2, string? expoId = null)
    {
        expoId ??= await NewExpoAsync(fixture);
        return new Deal(fixture, expoId, [.. Enumerable.Range(0, parties).Select(i => TestParty.New(((char)('a' + i)).ToString()))]);
    }

    public static async Task<string> NewExpoAsync(ClusterFixture fixture)
    {
        var id = TestKeys.New("expo");
        var pavilionId = TestKeys.New("pavilion");
        var text = new LocalizedText("Test", "测试");
        await fixture.Client.GetGrain<IExpoGrain>(id).SeedAsync(new ExpoDefinition(
            id, text, text, text,
            [new FieldOfCooperation("cultural-research", text), new FieldOfCooperation("tourism", text)],
            [new PavilionProfile(pavilionId, "friendship-city", text, text, text, [TestKeys.Profile(TestKeys.New(), pavilionId)], false)],
            []));
        return id;
    }

    public NegotiationRequest Request(DateTimeOffset? deadline = null) =>
        new(expoId, [.. parties.Select(p => p.Party)], "Study tours", "cultural-research", Deadline: deadline);

    public Task<NegotiationReceipt> RequestAsync(DateTimeOffset? deadline = null) => Grain.RequestAsync(A.Member, Op(), Request(deadline));

    public async Task OpenAsync(DateTimeOffset? deadline = null)
    {
        await RequestAsync(deadline);
        foreach (var party in parties.Skip(1))
        {
            await Grain.AcceptRequestAsync(party.Member, Op());
        }
    }

    public async Task<NegotiationReceipt> OfferAsync(DateTimeOffset? deadline = null)
    {
        await OpenAsync(deadline);
        return await Grain.ProposeAsync(A.Member, Op(), 0, TestParty.Terms());
    }

    /// <summary>Every other party accepts the latest version; returns the agreement document's content hash.</summary>
    public async Task<string> AcceptAllAsync()
    {
        var view = await Grain.GetAsync(A.Member);
        NegotiationReceipt? receipt = null;
        foreach (var party in parties.Where(p => !view.AcceptedBy.Contains(p.Id)))
        {
            receipt = await Grain.AcceptTermsAsync(party.Member, Op(), view.Versions.Count);
        }

        return receipt!.DocumentHash!;
    }

    public async Task<NegotiationReceipt> SignAllAsync(string hash)
    {
        NegotiationReceipt? receipt = null;
        foreach (var party in parties)
        {
            receipt = await Grain.SignAsync(party.Signatory, Op(), hash);
        }

        return receipt!;
    }

    public async Task<NegotiationReceipt> SignedAsync()
    {
        await OfferAsync();
        return await SignAllAsync(await AcceptAllAsync());
    }
}
