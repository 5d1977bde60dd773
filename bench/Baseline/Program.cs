using Expo.Bench.Baseline;

// A plain ASP.NET Core SignalR node speaking protocol v1 with groups and state in memory, no Orleans:
// what the expo is measured against.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR();
builder.Services.AddSingleton<GuestTokens>();
builder.Services.AddSingleton(_ => Catalogue.Load(builder.Configuration["Baseline:SeedFile"]
    ?? throw new InvalidOperationException("Baseline:SeedFile names the seed JSON of the expo to serve.")));
builder.Services.AddSingleton<BoothRooms>();
builder.Services.AddSingleton<AttendanceSamples>();
builder.Services.AddHostedService(services => services.GetRequiredService<AttendanceSamples>());
builder.Services.AddSingleton<LiveFeed>();
builder.Services.AddHostedService(services => services.GetRequiredService<LiveFeed>());
var app = builder.Build();
app.UseMiddleware<HubTokenAuthentication>();
app.MapHub<BaselineHub>("/hubs/expo");
app.MapBaselineEndpoints();
app.MapConsoleEndpoints();
app.MapLiveEndpoints();
app.Run();
