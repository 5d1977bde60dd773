namespace Expo.Grains.Tests.Infrastructure;

/// <summary>A small expo with two booths, an organiser, and helpers that put registered visitors on a booth's staff.</summary>
internal sealed class Staffing
{
    public const string Password = "correct horse battery";

    private Staffing(ClusterFixture fixture, string expoId, string boothId, string otherBoothId, VisitorAccount organiser)
    {
        Fixture = fixture;
        ExpoId = expoId;
        BoothId = boothId;
        OtherBoothId = otherBoothId;
        Organiser = organiser;
    }

    public ClusterFixture Fixture { get; }

    public string ExpoId { get; }

    public string BoothId { get; }

    public string OtherBoothId { get; }

    public VisitorAccount Organiser { get; }

    public IBoothGrain Booth => Fixture.Client.GetGrain<IBoothGrain>(BoothId);

    public IBoothGrain OtherBooth => Fixture.Client.GetGrain<IBoothGrain>(OtherBoothId);

    /// <summary>The booth's staff side: staff, invitations, profile edits, the cap.</summary>
    public IBoothStaffGrain Staff => Fixture.Client.GetGrain<IBoothStaffGrain>(BoothId);

    public IBoothStaffGrain OtherStaff => Fixture.Client.GetGrain<IBoothStaffGrain>(OtherBoothId);

    public IExpoGrain Expo => Fixture.Client.GetGrain<IExpoGrain>(ExpoId);

    public static async Task<Staffing> CreateAsync(ClusterFixture fixture)
    {
        var pavilionId = TestKeys.New("pavilion");
        BoothProfile[] booths = [TestKeys.Profile(TestKeys.New(), pavilionId), TestKeys.Profile(TestKeys.New(), pavilionId)];
        var text = new LocalizedText("Test", "测试");
        var definition = new ExpoDefinition(
            TestKeys.New("expo"),
            text,
            text,
            text,
            [new FieldOfCooperation("tourism", new LocalizedText("Tourism", "旅游")), new FieldOfCooperation("food", new LocalizedText("Food", "美食"))],
            [new PavilionProfile(pavilionId, "friendship-city", text, text, text, booths, HeritageSample: false)],
            []);
        await fixture.Client.GetGrain<IExpoGrain>(definition.Id).SeedAsync(definition);
        var organiser = await fixture.Client.GetGrain<IAccountGrain>(NewEmail()).EnsureOrganiserAsync(Password, "Organiser");
        return new Staffing(fixture, definition.Id, booths[0].Id, booths[1].Id, organiser);
    }

    public static string NewEmail() => $"{TestKeys.New("u")}@example.com";

    public Task<VisitorAccount> RegisterAsync(string name = "Visitor") =>
        Fixture.Client.GetGrain<IAccountGrain>(NewEmail()).RegisterAsync(Password, name, "en");

    public async Task<VisitorAccount> OwnerAsync(IBoothGrain? booth = null)
    {
        var staff = Fixture.Client.GetGrain<IBoothStaffGrain>((booth ?? Booth).GetPrimaryKeyString());
        var invitation = await staff.CreateInvitationAsync(Organiser.VisitorId, TestKeys.New("op"), StaffRoles.Owner, TimeSpan.FromDays(1));
        return await AcceptAsync(staff, invitation, "Owner");
    }

    public async Task<VisitorAccount> MemberAsync(VisitorAccount owner)
    {
        var invitation = await Staff.CreateInvitationAsync(owner.VisitorId, TestKeys.New("op"), StaffRoles.Member, TimeSpan.FromDays(1));
        return await AcceptAsync(Staff, invitation, "Member");
    }

    private async Task<VisitorAccount> AcceptAsync(IBoothStaffGrain staff, BoothInvitation invitation, string name)
    {
        var account = await RegisterAsync(name);
        await staff.AcceptInvitationAsync(InvitationCodes.Parse(invitation.Code).Secret, account.VisitorId);
        return account;
    }

    public static BoothProfileEdit Edit(string name = "Edited booth") => new(
        new LocalizedText(name, "编辑后的展位"),
        new LocalizedText("Tea and porcelain", "茶与瓷"),
        new LocalizedText("A booth its staff wrote.", "展位工作人员撰写。"),
        ["food"],
        [new ContactChannel("email", "hello@example.com"), new ContactChannel("website", "https://example.com/")],
        new OpeningHours("Asia/Shanghai", [new OpeningPeriod("mon", "09:00", "17:30")]));
}
