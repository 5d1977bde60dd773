using System.Net;
using Azure.Storage.Blobs;
using Expo.Grains;
using Expo.Grains.Booths.Journal;
using Expo.Grains.Expo.History;
using Expo.Grains.Negotiations.Documents;
using Expo.Silo.Storage;
using Expo.Silo.Seeding;
using Newtonsoft.Json;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Expo.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>
    /// A silo of the expo cluster. Clustering and grain storage come from the <c>Orleans</c> configuration
    /// section (Azure Table membership and Azure Blob storage by default); endpoints and membership timings
    /// from <c>Expo:Silo</c> and <c>Expo:Membership</c>.
    /// </summary>
    public static IHostApplicationBuilder AddExpoSilo(this IHostApplicationBuilder builder)
    {
        var endpoints = builder.Configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new();
        builder.UseOrleans(silo =>
        {
            silo.ConfigureEndpoints(IPAddress.Parse(endpoints.AdvertisedIPAddress), endpoints.SiloPort, endpoints.GatewayPort);
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Expo:Membership"));

            // Grain state is stored as plain JSON without .NET type names: a state blob then reads back whatever
            // concrete collection type the writer happened to use, and stays readable by people and other tools.
            silo.Services.Configure<OrleansJsonSerializerOptions>(o => o.JsonSerializerSettings.TypeNameHandling = TypeNameHandling.None);
        });

        builder.Services.AddExpoGrainServices();
        builder.AddChatJournalStore();
        builder.Services.AddSingleton<IAgreementDocumentStore>(_ =>
            new BlobAgreementDocumentStore(new BlobContainerClient(builder.ExpoStorageConnection(), BlobAgreementDocumentStore.ContainerName)));
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddHostedService<DemoExpoSeeder>();
        builder.AddExpoSiloTelemetry();
        return builder;
    }

    /// <summary>
    /// The chat journal's segments and the attendance history: append blobs in the <c>ExpoStorage</c> account unless
    /// the journal is configured to stay in memory (benchmarks only).
    /// </summary>
    private static void AddChatJournalStore(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration[$"{ChatOptions.Section}:{nameof(ChatOptions.JournalStore)}"] == ChatOptions.MemoryStore)
        {
            builder.Services.AddSingleton<IChatJournalStore, MemoryChatJournalStore>();
            builder.Services.AddSingleton<IAttendanceHistoryStore, MemoryAttendanceHistoryStore>();
            return;
        }

        builder.Services.AddSingleton<IChatJournalStore>(_ =>
            new BlobChatJournalStore(new BlobContainerClient(builder.ExpoStorageConnection(), BlobChatJournalStore.ContainerName)));
        builder.Services.AddSingleton<IAttendanceHistoryStore>(_ =>
            new BlobAttendanceHistoryStore(new BlobContainerClient(builder.ExpoStorageConnection(), BlobAttendanceHistoryStore.ContainerName)));
    }

    private static string ExpoStorageConnection(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString("ExpoStorage")
            ?? throw new InvalidOperationException("ConnectionStrings:ExpoStorage is not set.");
}
