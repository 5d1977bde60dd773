using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>Who may moderate where: every refusal names the rule and changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ModerationRoleTests(ClusterFixture fixture)
{
    public enum Case
    {
        VisitorMutes,
        GuestMutes,
        OtherBoothOwnerMutesHere,
        OwnerBansExpoWide,
        OwnerBansOwnMember,
        AnyoneMutesTheOrganiser,
        OrganiserMutesThemself,
        VisitorReadsAudit,
        OwnerReadsAudit,
        OtherBoothOwnerReadsReports,
    }

    [Theory]
    [InlineData(Case.VisitorMutes, ExpoErrors.Forbidden)]
    [InlineData(Case.GuestMutes, ExpoErrors.Forbidden)]
    [InlineData(Case.OtherBoothOwnerMutesHere, ExpoErrors.Forbidden)]
    [InlineData(Case.OwnerBansExpoWide, ExpoErrors.Forbidden)]
    [InlineData(Case.OwnerBansOwnMember, ExpoErrors.Forbidden)]
    [InlineData(Case.AnyoneMutesTheOrganiser, ExpoErrors.Forbidden)]
    [InlineData(Case.OrganiserMutesThemself, ExpoErrors.InvalidInput)]
    [InlineData(Case.VisitorReadsAudit, ExpoErrors.Forbidden)]
    [InlineData(Case.OwnerReadsAudit, ExpoErrors.Forbidden)]
    [InlineData(Case.OtherBoothOwnerReadsReports, ExpoErrors.Forbidden)]
    public async Task AModerationStepByTheWrongPersonIsRefusedAndChangesNothing(Case @case, string code)
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var member = await world.MemberAsync(owner);
        var visitor = await world.RegisterAsync();
        var otherOwner = await world.OwnerAsync(world.OtherBooth);
        var ada = TestKeys.Visitor();
        var moderation = fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
        SanctionRequest Mute(string visitorId, string? boothId) => new(ModerationRules.Mute, visitorId, null, boothId, null, "Because");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => @case switch
        {
            Case.VisitorMutes => moderation.SanctionAsync(visitor.VisitorId, "op", Mute(ada.VisitorId, world.BoothId)),
            Case.GuestMutes => moderation.SanctionAsync(TestKeys.New("v"), "op", Mute(ada.VisitorId, world.BoothId)),
            Case.OtherBoothOwnerMutesHere => moderation.SanctionAsync(otherOwner.VisitorId, "op", Mute(ada.VisitorId, world.BoothId)),
            Case.OwnerBansExpoWide => moderation.SanctionAsync(owner.VisitorId, "op", Mute(ada.VisitorId, null) with { Kind = ModerationRules.Ban }),
            Case.OwnerBansOwnMember => moderation.SanctionAsync(owner.VisitorId, "op", Mute(member.VisitorId, world.BoothId) with { Kind = ModerationRules.Ban }),
            Case.AnyoneMutesTheOrganiser => moderation.SanctionAsync(owner.VisitorId, "op", Mute(world.Organiser.VisitorId, world.BoothId)),
            Case.OrganiserMutesThemself => moderation.SanctionAsync(world.Organiser.VisitorId, "op", Mute(world.Organiser.VisitorId, null)),
            Case.VisitorReadsAudit => moderation.GetAuditAsync(visitor.VisitorId, 0, 10),
            Case.OwnerReadsAudit => moderation.GetAuditAsync(owner.VisitorId, 0, 10),
            _ => moderation.GetReportsAsync(otherOwner.VisitorId, world.BoothId, openOnly: true),
        });

        Assert.Equal(code, refused.Code);
        Assert.Empty(await moderation.GetSanctionsAsync(world.Organiser.VisitorId, null));
        Assert.Equal(0, (await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 10)).Total);
        Assert.Equal(1, (await world.Booth.SendChatAsync(ada, "m-1", "still here")).Sequence);
    }

    [Fact]
    public async Task ABoothSanctionNeedsAReasonAndASensibleDuration()
    {
        var world = await Staffing.CreateAsync(fixture);
        var moderation = fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
        var ada = TestKeys.Visitor();

        foreach (var request in new[]
        {
            new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, world.BoothId, null, "  "),
            new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, world.BoothId, TimeSpan.FromSeconds(5), "Spam"),
            new SanctionRequest("kick", ada.VisitorId, null, world.BoothId, null, "Spam"),
        })
        {
            var refused = await Assert.ThrowsAsync<ExpoException>(() => moderation.SanctionAsync(world.Organiser.VisitorId, "op", request));
            Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        }

        Assert.Equal(0, (await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 10)).Total);
    }
}
