using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Interests;

/// <summary>
/// Two cities: a harbour with a tourism booth and a tea booth (food), an oasis with a food booth and, when asked,
/// more food booths; an organiser, who puts registered visitors on a booth's staff.
/// </summary>
internal sealed record RecommendationWorld(
    ClusterFixture Fixture, string ExpoId, string Harbour, string Oasis, string Tourism, string Tea, string Food, IReadOnlyList<string> MoreFood, VisitorAccount Organiser)
{
    public static async Task<RecommendationWorld> CreateAsync(ClusterFixture fixture, int moreFoodBooths = 0)
    {
        var (harbour, oasis) = (TestKeys.New("harbour"), TestKeys.New("oasis"));
        var (tourism, tea, food) = (TestKeys.New("b"), TestKeys.New("b"), TestKeys.New("b"));
        var moreFood = Enumerable.Range(0, moreFoodBooths).Select(_ => TestKeys.New("b")).ToList();
        BoothProfile Booth(string id, string pavilion, string field) => TestKeys.Profile(id, pavilion) with { Fields = [field] };
        var text = new LocalizedText("Test", "测试");
        var definition = new ExpoDefinition(
            TestKeys.New("expo"), text, text, text,
            [new FieldOfCooperation("tourism", new LocalizedText("Tourism", "旅游")), new FieldOfCooperation("food", new LocalizedText("Food", "美食"))],
            [
                new PavilionProfile(harbour, "friendship-city", new LocalizedText("Harbour", "港口"), text, text, [Booth(tourism, harbour, "tourism"), Booth(tea, harbour, "food")], false),
                new PavilionProfile(oasis, "friendship-city", new LocalizedText("Oasis", "绿洲"), text, text,
                    [Booth(food, oasis, "food"), .. moreFood.Select(id => Booth(id, oasis, "food"))], false),
            ],
            []);
        await fixture.Client.GetGrain<IExpoGrain>(definition.Id).SeedAsync(definition);
        var organiser = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).EnsureOrganiserAsync(Staffing.Password, "Organiser");
        return new RecommendationWorld(fixture, definition.Id, harbour, oasis, tourism, tea, food, moreFood, organiser);
    }

    public async Task<VisitorAccount> StaffAsync(string boothId, string role, string name)
    {
        var booth = Fixture.Client.GetGrain<IBoothStaffGrain>(boothId);
        var invitation = await booth.CreateInvitationAsync(Organiser.VisitorId, TestKeys.New("op"), role, TimeSpan.FromDays(1));
        var account = await Fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).RegisterAsync(Staffing.Password, name, "en");
        await booth.AcceptInvitationAsync(InvitationCodes.Parse(invitation.Code).Secret, account.VisitorId);
        return account;
    }
}
