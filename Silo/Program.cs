using Expo.Silo.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddExpoSilo();
await builder.Build().RunAsync();
