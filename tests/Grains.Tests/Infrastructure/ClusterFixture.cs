using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Expo.Grains.Booths.Journal;
using Expo.Grains.Expo.History;
using Expo.Grains.Negotiations;
using Expo.Grains.Negotiations.Documents;
using Newtonsoft.Json;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>One in-process silo shared by every cluster test, with memory storage and a fake expo clock.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(20);

    /// <summary>Short, so tests see timer-driven checkpoints within a second; tests that need none fault the booth's writes.</summary>
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Small, so every test that chats runs through journal segments starting over.</summary>
    public const long JournalSegmentBytes = 16 * 1024;

    public ClusterFixture()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            foreach (var name in ExpoStorage.All.Except(FaultyGrainStorage.Wrapped))
            {
                silo.AddMemoryGrainStorage(name);
            }

            foreach (var name in FaultyGrainStorage.Wrapped)
            {
                var inner = FaultyGrainStorage.InnerName(name);
                silo.AddMemoryGrainStorage(inner);
                silo.Services.AddKeyedSingleton<IGrainStorage>(
                    name, (services, _) => new FaultyGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(inner)));
            }

            // As on the Silo: state is plain JSON, so whatever collection type a grain built reads back.
            silo.Services.Configure<OrleansJsonSerializerOptions>(o => o.JsonSerializerSettings.TypeNameHandling = TypeNameHandling.None);
            silo.UseInMemoryReminderService();
            silo.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = ReminderInterval);
            silo.Services.Configure<NegotiationOptions>(o =>
            {
                o.ReminderInterval = ReminderInterval;
                o.InboxPageSize = PageSize;
                o.WallPageSize = PageSize;
                o.MaxOpenRequestsPerRequester = MaxOpenRequestsPerRequester;
                o.MaxOpenRequestsPerBooth = MaxOpenRequestsPerBooth;
            });
            silo.Services.Configure<AgendaReminderOptions>(o => o.ReminderInterval = ReminderInterval);
            silo.Services.AddSingleton<IAgreementDocumentStore>(Documents);
            silo.Services.AddSingleton(JournalSegments);
            silo.Services.AddSingleton<IAttendanceHistoryStore>(AttendanceHistory);
            silo.Services.Configure<AttendanceOptions>(o => o.SampleInterval = AttendanceSampleInterval);
            silo.Services.AddSingleton<IChatJournalStore>(services => new FaultyChatJournalStore(services.GetRequiredService<MemoryChatJournalStore>()));
            silo.Services.AddExpoGrainServices();
            silo.Services.Configure<PresenceOptions>(o => o.CoalesceWindow = CoalesceWindow);
            silo.Services.Configure<ModerationOptions>(o =>
            {
                o.AuditPageSize = AuditPageSize;
                o.ReportPageSize = ReportPageSize;
                o.MaxOpenReports = MaxOpenReports;
                o.DeliveryRetryInterval = TimeSpan.FromMilliseconds(200);
            });
            silo.AddIncomingGrainCallFilter<CallFaults>();
            silo.AddIncomingGrainCallFilter<CallCount>();
            silo.Services.Configure<ChatOptions>(o =>
            {
                o.CheckpointInterval = CheckpointInterval;
                o.JournalSegmentBytes = JournalSegmentBytes;

                // Spacing is a unit test's matter; here it would only slow the many lines tests send one by one.
                o.JournalWriteSpacing = TimeSpan.Zero;
            });

            // Only the expo clock is fake: Orleans drives its own timers from the container's TimeProvider.
            silo.Services.Replace(ServiceDescriptor.Singleton(new ExpoClock(Time)));
        });
        Cluster = builder.Build();
    }

    /// <summary>Short, so reminders tick within a test; the deadlines they check run on the fake expo clock.</summary>
    public static readonly TimeSpan ReminderInterval = TimeSpan.FromSeconds(1);

    /// <summary>Small, so a test seals inbox and signing wall pages with a few dozen negotiations.</summary>
    public const int PageSize = 10;

    /// <summary>Small, so a test reaches the quotas of open negotiation requests with a handful.</summary>
    public const int MaxOpenRequestsPerRequester = 4;

    public const int MaxOpenRequestsPerBooth = 2;

    /// <summary>Small, so a test seals audit pages with a few dozen actions.</summary>
    public const int AuditPageSize = 10;

    /// <summary>Small, so a test seals pages of resolved reports with a few dozen reports.</summary>
    public const int ReportPageSize = 10;

    /// <summary>Small, so a test reaches the expo's cap on open reports.</summary>
    public const int MaxOpenReports = 40;

    /// <summary>The agreement documents, as the silo stored them.</summary>
    public MemoryAgreementDocumentStore Documents { get; } = new();

    /// <summary>Short, so tests see samples within a second.</summary>
    public static readonly TimeSpan AttendanceSampleInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The attendance samples of every expo, as the silo stored them.</summary>
    public MemoryAttendanceHistoryStore AttendanceHistory { get; } = new();

    /// <summary>The journal segments of every shard, as the silo stored them.</summary>
    public MemoryChatJournalStore JournalSegments { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 11, 17, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    /// <summary>The presence settings the silo runs with.</summary>
    public PresenceOptions Presence => Cluster.GetSiloServiceProvider().GetRequiredService<IOptions<PresenceOptions>>().Value;

    /// <summary>The chat settings the silo runs with.</summary>
    public ChatOptions Chat => Cluster.GetSiloServiceProvider().GetRequiredService<IOptions<ChatOptions>>().Value;

    public ValueTask InitializeAsync() => new(Cluster.DeployAsync());

    public ValueTask DisposeAsync() => Cluster.DisposeAsync();
}
