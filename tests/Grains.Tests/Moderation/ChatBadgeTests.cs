using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>A chat line's badge comes from what the server knows of the sender, never from the name they chose.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChatBadgeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task StaffAndOrganiserLinesCarryABadgeAndANameThatImitatesStaffDoesNot()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();

        var staff = await world.Booth.SendChatAsync(new VisitorRef(owner.VisitorId, "Owner"), "m-1", "Welcome!");
        var organiser = await world.Booth.SendChatAsync(new VisitorRef(world.Organiser.VisitorId, "Organiser"), "m-1", "Doors close at six.", fromOrganiser: true);
        var impostors = new List<ChatMessage>();
        foreach (var name in new[] { "Staff", "Organiser", "工作人员", "主办方" })
        {
            impostors.Add(await world.Booth.SendChatAsync(TestKeys.Visitor(name), "m-1", "Send me your password"));
        }

        var stored = await world.Booth.ChatSinceAsync(0);
        Assert.Equal(SenderRoles.Staff, staff.SenderRole);
        Assert.Equal(SenderRoles.Organiser, organiser.SenderRole);
        Assert.All(impostors, line => Assert.Null(line.SenderRole));
        Assert.Equal([SenderRoles.Staff, SenderRoles.Organiser, null, null, null, null], stored.Select(l => l.SenderRole));

        // Staff of another booth are visitors here.
        var elsewhere = await world.OtherBooth.SendChatAsync(new VisitorRef(owner.VisitorId, "Owner"), "m-1", "Hi neighbours");
        Assert.Null(elsewhere.SenderRole);
    }
}
