using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// <c>scripts/backup.sh</c> exports an expo's storage account, <c>scripts/restore.sh</c> writes it into a fresh one, and
/// an expo started on the restored account is the same expo: booths, chat, agreements, accounts and sessions.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string Booth = "ganzhou-zhangye-culture-tourism";
    private const string OrganiserEmail = "organiser@backup.test";
    private const string OrganiserPassword = "organiser password";

    [Fact]
    public async Task ARestoredAccountHoldsTheSameBoothsChatAgreementsAndAccountsAndAnOldCookieStillWorks()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"expo-backup-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string>
        {
            ["Orleans__ServiceId"] = $"backup-{Guid.NewGuid():N}",
            ["Expo__Organiser__Email"] = OrganiserEmail,
            ["Expo__Organiser__Password"] = OrganiserPassword,
        };
        AccountClient visitor, owner;
        string negotiation, hash;
        long[] lines;
        try
        {
            await using (var before = await ExpoProcesses.StartStorageAsync(settings))
            {
                await before.StartSiloAsync();
                var web = await before.StartWebAsync();
                var organiser = await AccountClient.SignInAsync(web, OrganiserEmail, OrganiserPassword);
                owner = await AccountClient.RegisterAsync(web, "Zhangye Owner", await organiser.InviteAsync(Booth, "owner"));
                visitor = await AccountClient.RegisterAsync(web, "Amina");
                (negotiation, hash) = await SignAgreementAsync(visitor, owner);
                await using var hub = await ExpoHubClient.ConnectAsync(web, visitor.HubSession());
                await hub.EnterBoothAsync(Booth);
                lines = [await hub.SendChatAsync(Booth, "first line"), await hub.SendChatAsync(Booth, "second line")];
                await RunScriptAsync("backup.sh", before.Storage.ConnectionString, folder);
            }

            // The restored expo seeds nothing: its booths can only come from the backup.
            settings["Expo__Seed__Enabled"] = "false";
            await using var after = await ExpoProcesses.StartStorageAsync(settings);
            await RunScriptAsync("restore.sh", after.Storage.ConnectionString, folder);
            await after.StartSiloAsync();
            var restored = await after.StartWebAsync();

            var sameBrowser = visitor.MovedTo(restored);
            var me = await sameBrowser.MeAsync();
            Assert.Equal((visitor.VisitorId, visitor.Email), (me.GetProperty("visitorId").GetString(), me.GetProperty("email").GetString()));
            var deal = (await sameBrowser.Http.GetJsonAsync($"/api/negotiations/{negotiation}")).GetProperty("negotiation");
            Assert.Equal("signed", deal.GetProperty("status").GetString());
            var document = await sameBrowser.Http.GetByteArrayAsync($"/api/negotiations/{negotiation}/agreement.json");
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(document)));

            var ownerAgain = await AccountClient.SignInAsync(restored, owner.Email, AccountClient.Password);
            Assert.Equal(owner.VisitorId, ownerAgain.VisitorId);
            using var anonymous = new HttpClient { BaseAddress = restored };
            Assert.Equal(Booth, (await anonymous.GetJsonAsync($"/api/booths/{Booth}")).GetProperty("id").GetString());

            await using var hubAfter = await ExpoHubClient.ConnectAsync(restored, visitor.HubSession());
            await hubAfter.EnterBoothAsync(Booth);
            var history = await hubAfter.ChatSinceAsync(Booth, 0);
            Assert.Equal([(lines[0], "first line"), (lines[1], "second line")], history.Select(m => (m.Sequence, m.Text)));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(string Id, string Hash)> SignAgreementAsync(AccountClient visitor, AccountClient owner)
    {
        var started = await (await visitor.SendAsync(HttpMethod.Post, "/api/negotiations", new
        {
            operationId = Negotiator.NewOperation(),
            boothId = Booth,
            subject = "Ganzhou City IP animation",
            field = "cultural-creative",
        })).JsonAsync();
        var id = started.GetProperty("negotiationId").GetString()!;
        await CommandAsync(owner, id, "accept-request", new { operationId = Negotiator.NewOperation() });
        await CommandAsync(visitor, id, "propose", new { operationId = Negotiator.NewOperation(), basedOnVersion = 0, terms = Negotiator.Terms(80000) });
        var hash = (await CommandAsync(owner, id, "accept-terms", new { operationId = Negotiator.NewOperation(), version = 1 })).GetProperty("documentHash").GetString()!;
        await CommandAsync(visitor, id, "sign", new { operationId = Negotiator.NewOperation(), contentHash = hash });
        await CommandAsync(owner, id, "sign", new { operationId = Negotiator.NewOperation(), contentHash = hash });
        return (id, hash);
    }

    private static async Task<JsonElement> CommandAsync(AccountClient party, string negotiation, string action, object body) =>
        await (await party.SendAsync(HttpMethod.Post, $"/api/negotiations/{negotiation}/{action}", body)).JsonAsync();

    /// <summary>Runs the documented command against one storage account, with the build the tests use.</summary>
    private static async Task RunScriptAsync(string script, string connectionString, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.Of("scripts", script));
        start.ArgumentList.Add(folder);
        start.Environment["ConnectionStrings__ExpoStorage"] = connectionString;
        start.Environment["EXPO_BUILD"] = "0";
        start.Environment["EXPO_CONFIGURATION"] = RepoPaths.Configuration;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed: {await output}{await errors}");
    }
}
